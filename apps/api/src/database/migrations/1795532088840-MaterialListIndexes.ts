import { MigrationInterface, QueryRunner } from 'typeorm';

export class MaterialListIndexes1795532088840 implements MigrationInterface {
  name = 'MaterialListIndexes1795532088840';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."material_updated_idx"
        `);
    await queryRunner.query(`
            CREATE INDEX "material_working_revision_idx" ON "material" ("working_revision_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "material_published_revision_idx" ON "material" ("published_revision_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "material_updated_idx" ON "material" ("updated_at", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."material_updated_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."material_published_revision_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."material_working_revision_idx"
        `);
    await queryRunner.query(`
            CREATE INDEX "material_updated_idx" ON "material" USING btree ("updated_at")
        `);
  }
}
