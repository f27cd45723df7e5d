import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationNameUnique1795610000000 implements MigrationInterface {
  name = 'OrganizationNameUnique1795610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Names that differ only in case could slip in through concurrent creates: number the later ones so the index
    // can be built without losing a row (contacts keep pointing at the same organization).
    await queryRunner.query(`
            UPDATE "organization" o SET "name" = o."name" || ' (' || d.n || ')'
            FROM (SELECT "id", row_number() OVER (PARTITION BY lower("name") ORDER BY "created_at", "id") AS n
                  FROM "organization") d
            WHERE d."id" = o."id" AND d.n > 1
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "organization_name_lower_key" ON "organization" (lower("name"))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."organization_name_lower_key"
        `);
  }
}
