import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactListIndex1795529958822 implements MigrationInterface {
  name = 'ContactListIndex1795529958822';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "contact_status_name_idx" ON "contact" ("status", "name")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."contact_status_name_idx"
        `);
  }
}
