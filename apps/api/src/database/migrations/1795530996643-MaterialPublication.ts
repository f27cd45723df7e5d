import { MigrationInterface, QueryRunner } from 'typeorm';

export class MaterialPublication1795530996643 implements MigrationInterface {
  name = 'MaterialPublication1795530996643';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "library_visit" (
                "user_id" uuid NOT NULL,
                "visited_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_86a955890b4a9d0dd1071f32671" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "material_comment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "material_id" uuid NOT NULL,
                "parent_id" uuid,
                "anchor" text,
                "body" text NOT NULL,
                "author_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "resolved_by" uuid,
                CONSTRAINT "PK_2743e60fdec4112809b4cc3072d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "material_comment_material_idx" ON "material_comment" ("material_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD "published_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD "withdrawal_reason" text
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD "superseded_by_id" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "material_updated_idx" ON "material" ("updated_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "material_translation_language_key" ON "material" ("source_id", "language")
            WHERE source_id IS NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "library_visit"
            ADD CONSTRAINT "FK_86a955890b4a9d0dd1071f32671" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD CONSTRAINT "FK_b4692574b9bc0d6cb6689934578" FOREIGN KEY ("superseded_by_id") REFERENCES "material"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material_comment"
            ADD CONSTRAINT "FK_1f85d168168ed26028b06e66845" FOREIGN KEY ("material_id") REFERENCES "material"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material_comment"
            ADD CONSTRAINT "FK_747d97cbda2eb54c4c1064de6d1" FOREIGN KEY ("parent_id") REFERENCES "material_comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material_comment"
            ADD CONSTRAINT "FK_b5706a25c52fac0e7397176393e" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material_comment"
            ADD CONSTRAINT "FK_cc1c7fc85d045ce7aea718cb6cf" FOREIGN KEY ("resolved_by") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "material_comment" DROP CONSTRAINT "FK_cc1c7fc85d045ce7aea718cb6cf"
        `);
    await queryRunner.query(`
            ALTER TABLE "material_comment" DROP CONSTRAINT "FK_b5706a25c52fac0e7397176393e"
        `);
    await queryRunner.query(`
            ALTER TABLE "material_comment" DROP CONSTRAINT "FK_747d97cbda2eb54c4c1064de6d1"
        `);
    await queryRunner.query(`
            ALTER TABLE "material_comment" DROP CONSTRAINT "FK_1f85d168168ed26028b06e66845"
        `);
    await queryRunner.query(`
            ALTER TABLE "material" DROP CONSTRAINT "FK_b4692574b9bc0d6cb6689934578"
        `);
    await queryRunner.query(`
            ALTER TABLE "library_visit" DROP CONSTRAINT "FK_86a955890b4a9d0dd1071f32671"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."material_translation_language_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."material_updated_idx"
        `);
    await queryRunner.query(`
            ALTER TABLE "material" DROP COLUMN "superseded_by_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "material" DROP COLUMN "withdrawal_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "material" DROP COLUMN "withdrawn_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "material" DROP COLUMN "published_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."material_comment_material_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "material_comment"
        `);
    await queryRunner.query(`
            DROP TABLE "library_visit"
        `);
  }
}
