import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TwoFactor1795750000000 implements MigrationInterface {
  name = 'TwoFactor1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "recovery_code" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "code_hash" text NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b7f1e23329e93a80e25fd281922" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "recovery_code_user_idx" ON "recovery_code" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "totp_secret" (
                "user_id" uuid NOT NULL,
                "secret" text NOT NULL,
                "confirmed_at" TIMESTAMP WITH TIME ZONE,
                "last_used_step" bigint,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d2d70927371bc5f6eae7292734b" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "two_factor_enabled_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "recovery_code"
            ADD CONSTRAINT "FK_f5c95d9ca2047afa670093e2028" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "totp_secret"
            ADD CONSTRAINT "FK_d2d70927371bc5f6eae7292734b" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "totp_secret" DROP CONSTRAINT "FK_d2d70927371bc5f6eae7292734b"
        `);
    await queryRunner.query(`
            ALTER TABLE "recovery_code" DROP CONSTRAINT "FK_f5c95d9ca2047afa670093e2028"
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "two_factor_enabled_at"
        `);
    await queryRunner.query(`
            DROP TABLE "totp_secret"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."recovery_code_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "recovery_code"
        `);
  }
}
