import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications and preferences per kind; outbox messages gain an HTML part, an idempotency key per
 * (recipient, event, channel) and their unsubscribe link; comments now announce themselves (`comment.added`).
 */
export class Notifications1795740000000 implements MigrationInterface {
  name = 'Notifications1795740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_type_check"`);
    await queryRunner.query(`
            ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_type_check"
            CHECK (type IN ('material.transitioned', 'user.invited', 'comment.added'))
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "channel" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "notification_preference_channel_check" CHECK (
                    channel IN ('in_app', 'email', 'daily', 'weekly', 'off')
                ),
                CONSTRAINT "notification_preference_kind_check" CHECK (
                    kind IN (
                        'review_requested',
                        'changes_requested',
                        'text_endorsed',
                        'library_update',
                        'comment_on_mine'
                    )
                ),
                CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "event_id" uuid NOT NULL,
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "params" jsonb NOT NULL DEFAULT '{}',
                "link" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                "email" text NOT NULL DEFAULT 'none',
                "digested_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "notification_email_check" CHECK (
                    email IN ('none', 'immediate', 'daily', 'weekly')
                ),
                CONSTRAINT "notification_kind_check" CHECK (
                    kind IN (
                        'review_requested',
                        'changes_requested',
                        'text_endorsed',
                        'library_update',
                        'comment_on_mine'
                    )
                ),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "notification_digest_idx" ON "notification" ("email", "created_at")
            WHERE digested_at IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "notification_unread_idx" ON "notification" ("user_id")
            WHERE read_at IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "notification_user_idx" ON "notification" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "notification_event_key" ON "notification" ("user_id", "event_id", "kind")
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_message"
            ADD "html" text
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_message"
            ADD "idempotency_key" text
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_message"
            ADD "unsubscribe_url" text
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "outbox_message_idempotency_key" ON "outbox_message" ("idempotency_key")
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preference"
            ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_122be1f0696e0255acf95f9e336" FOREIGN KEY ("event_id") REFERENCES "domain_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_122be1f0696e0255acf95f9e336"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outbox_message_idempotency_key"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_message" DROP COLUMN "unsubscribe_url"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_message" DROP COLUMN "idempotency_key"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_message" DROP COLUMN "html"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_event_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_user_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_unread_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_digest_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "notification"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
    await queryRunner.query(`DELETE FROM "domain_event" WHERE type = 'comment.added'`);
    await queryRunner.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_type_check"`);
    await queryRunner.query(`
            ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_type_check"
            CHECK (type IN ('material.transitioned', 'user.invited'))
        `);
  }
}
