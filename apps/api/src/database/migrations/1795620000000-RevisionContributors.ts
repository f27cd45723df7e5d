import { MigrationInterface, QueryRunner } from 'typeorm';

export class RevisionContributors1795620000000 implements MigrationInterface {
  name = 'RevisionContributors1795620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "material_detail_change" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "material_id" uuid NOT NULL,
                "field" text NOT NULL,
                "old_value" text,
                "new_value" text,
                "actor_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "material_detail_change_field_check" CHECK (field IN ('embargoUntil', 'validUntil')),
                CONSTRAINT "PK_ac38615896570e1f39d194669f5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "material_detail_change_material_idx" ON "material_detail_change" ("material_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "material_revision"
            ADD "contributor_ids" uuid array NOT NULL DEFAULT '{}'
        `);
    // Until now only the first author was known: they are every existing revision's contributor.
    await queryRunner.query(`
            UPDATE "material_revision" SET "contributor_ids" = ARRAY["author_id"] WHERE "author_id" IS NOT NULL
        `);
    // Like the transition log, the record of embargo and validity changes is permanent.
    await queryRunner.query(`
            CREATE TRIGGER material_detail_change_immutable BEFORE UPDATE OR DELETE ON "material_detail_change"
            FOR EACH ROW EXECUTE FUNCTION material_transition_immutable()
        `);
    await queryRunner.query(`
            ALTER TABLE "material_detail_change"
            ADD CONSTRAINT "FK_b3e4f6a9fcfc69d5bb42b5a36aa" FOREIGN KEY ("material_id") REFERENCES "material"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material_detail_change"
            ADD CONSTRAINT "FK_17f9b3b01bc42bd08a9651c7fab" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER material_detail_change_immutable ON "material_detail_change"`);
    await queryRunner.query(`
            ALTER TABLE "material_detail_change" DROP CONSTRAINT "FK_17f9b3b01bc42bd08a9651c7fab"
        `);
    await queryRunner.query(`
            ALTER TABLE "material_detail_change" DROP CONSTRAINT "FK_b3e4f6a9fcfc69d5bb42b5a36aa"
        `);
    await queryRunner.query(`
            ALTER TABLE "material_revision" DROP COLUMN "contributor_ids"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."material_detail_change_material_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "material_detail_change"
        `);
  }
}
