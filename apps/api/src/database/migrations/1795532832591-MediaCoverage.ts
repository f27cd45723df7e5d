import { MigrationInterface, QueryRunner } from 'typeorm';

export class MediaCoverage1795532832591 implements MigrationInterface {
  name = 'MediaCoverage1795532832591';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD "coverage_outlet" text
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD "coverage_date" date
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD "coverage_url" text
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "material" DROP COLUMN "coverage_url"
        `);
    await queryRunner.query(`
            ALTER TABLE "material" DROP COLUMN "coverage_date"
        `);
    await queryRunner.query(`
            ALTER TABLE "material" DROP COLUMN "coverage_outlet"
        `);
  }
}
