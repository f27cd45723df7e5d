import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Files1795700000000 implements MigrationInterface {
  name = 'Files1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "file_blob" (
                "sha256" text NOT NULL,
                "size" bigint NOT NULL,
                "media_type" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "file_blob_sha256_check" CHECK (sha256 ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "PK_file_blob" PRIMARY KEY ("sha256")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "file_upload" (
                "id" uuid NOT NULL,
                "owner_id" uuid NOT NULL,
                "file_name" text NOT NULL,
                "size" bigint,
                "sha256" text,
                "media_type" text,
                "status" text NOT NULL,
                "refusal_reason" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "taken_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "file_upload_status_check" CHECK (status IN ('receiving', 'complete', 'refused', 'taken')),
                CONSTRAINT "file_upload_complete_check" CHECK ((status IN ('complete', 'taken')) = (sha256 IS NOT NULL)),
                CONSTRAINT "PK_file_upload" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "file_upload_owner_idx" ON "file_upload" ("owner_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "file_upload_sha256_idx" ON "file_upload" ("sha256") `);
    await queryRunner.query(`CREATE INDEX "file_upload_status_idx" ON "file_upload" ("status", "created_at") `);
    await queryRunner.query(`
            ALTER TABLE "file_upload" ADD CONSTRAINT "file_upload_owner_fk" FOREIGN KEY ("owner_id")
            REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "file_upload" ADD CONSTRAINT "file_upload_blob_fk" FOREIGN KEY ("sha256")
            REFERENCES "file_blob"("sha256") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "file_upload"`);
    await queryRunner.query(`DROP TABLE "file_blob"`);
  }
}
