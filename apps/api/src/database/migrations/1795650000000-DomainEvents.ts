import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox of domain events and the consumers' delivery keys (the queue itself is pg-boss's own
 * schema, which pg-boss creates and migrates at start-up), and how an outbox message went out.
 */
export class DomainEvents1795650000000 implements MigrationInterface {
  name = 'DomainEvents1795650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "domain_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "type" text NOT NULL,
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "actor_id" uuid,
                "payload" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "domain_event_type_check" CHECK (
                    type IN ('material.transitioned', 'user.invited')
                ),
                CONSTRAINT "PK_f901502d0301da69fb8cebbb8f2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "domain_event_subject_idx" ON "domain_event" ("subject_type", "subject_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "event_delivery" (
                "event_id" uuid NOT NULL,
                "consumer" text NOT NULL,
                "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_70e5b60b6cac8050fd86a39dcc5" PRIMARY KEY ("event_id", "consumer")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_message"
            ADD "sent_via" text
        `);
    await queryRunner.query(`
            ALTER TABLE "domain_event"
            ADD CONSTRAINT "FK_b5624e4504320bd09ad21c0ebe8" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_delivery"
            ADD CONSTRAINT "FK_77c6a1cf2c559f3bde0af255ed8" FOREIGN KEY ("event_id") REFERENCES "domain_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "event_delivery" DROP CONSTRAINT "FK_77c6a1cf2c559f3bde0af255ed8"
        `);
    await queryRunner.query(`
            ALTER TABLE "domain_event" DROP CONSTRAINT "FK_b5624e4504320bd09ad21c0ebe8"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_message" DROP COLUMN "sent_via"
        `);
    await queryRunner.query(`
            DROP TABLE "event_delivery"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."domain_event_subject_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "domain_event"
        `);
  }
}
