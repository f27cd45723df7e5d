import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Calendar1795720000000 implements MigrationInterface {
  name = 'Calendar1795720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "calendar_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "uid" text NOT NULL,
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "description" text,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "all_day" boolean NOT NULL DEFAULT false,
                "time_zone" text NOT NULL DEFAULT 'Asia/Bishkek',
                "rrule" text,
                "series_ends_at" TIMESTAMP WITH TIME ZONE,
                "place" text,
                "online_link" text,
                "organizer_organization_id" uuid,
                "visibility" text NOT NULL DEFAULT 'members',
                "status" text NOT NULL DEFAULT 'confirmed',
                "sequence" integer NOT NULL DEFAULT '0',
                "version" integer NOT NULL DEFAULT '1',
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "calendar_event_times_check" CHECK ("ends_at" >= "starts_at"),
                CONSTRAINT "calendar_event_status_check" CHECK ("status" IN ('confirmed', 'cancelled')),
                CONSTRAINT "calendar_event_visibility_check" CHECK ("visibility" IN ('signed_in', 'members')),
                CONSTRAINT "calendar_event_kind_check" CHECK (
                    "kind" IN (
                        'working_group_meeting',
                        'campaign_period',
                        'training',
                        'policy_deadline',
                        'press_conference',
                        'round_table',
                        'other'
                    )
                ),
                CONSTRAINT "PK_176fe24e6eb48c3fef696c7641f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "calendar_event_uid_key" ON "calendar_event" ("uid")
        `);
    await queryRunner.query(`
            CREATE INDEX "calendar_event_organizer_idx" ON "calendar_event" ("organizer_organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "calendar_event_range_idx" ON "calendar_event" ("starts_at", "series_ends_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "calendar_event_exception" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "original_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "cancelled" boolean NOT NULL DEFAULT false,
                "title" text,
                "description" text,
                "starts_at" TIMESTAMP WITH TIME ZONE,
                "ends_at" TIMESTAMP WITH TIME ZONE,
                "place" text,
                "online_link" text,
                "sequence" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_e3a6764188f23d418b37e958016" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "calendar_event_exception_moved_idx" ON "calendar_event_exception" ("starts_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "calendar_event_exception_occurrence_key" ON "calendar_event_exception" ("event_id", "original_start")
        `);
    await queryRunner.query(`
            CREATE TABLE "calendar_feed" (
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_29b8f216ae4f5fdd5bcc8de8112" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "calendar_feed_token_hash_key" ON "calendar_feed" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "meeting_agenda_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "occurrence_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "position" integer NOT NULL,
                "title" text NOT NULL,
                "presenter_user_id" uuid,
                "presenter_organization_id" uuid,
                "planned_minutes" integer NOT NULL DEFAULT '0',
                CONSTRAINT "meeting_agenda_item_minutes_check" CHECK (
                    "planned_minutes" BETWEEN 0 AND 1440
                ),
                CONSTRAINT "PK_31a218d0ca2eda48d596d11f821" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "meeting_agenda_item_presenter_org_idx" ON "meeting_agenda_item" ("presenter_organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "meeting_agenda_item_presenter_user_idx" ON "meeting_agenda_item" ("presenter_user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "meeting_agenda_item_meeting_idx" ON "meeting_agenda_item" ("event_id", "occurrence_start", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "meeting_attendance" (
                "event_id" uuid NOT NULL,
                "occurrence_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "user_id" uuid NOT NULL,
                "status" text NOT NULL,
                "mode" text,
                "recorded_by" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "meeting_attendance_mode_check" CHECK (
                    "mode" IS NULL
                    OR "mode" IN ('in_person', 'online')
                ),
                CONSTRAINT "meeting_attendance_status_check" CHECK ("status" IN ('present', 'absent', 'excused')),
                CONSTRAINT "PK_b958386be9d34896dd76ddf6fda" PRIMARY KEY ("event_id", "occurrence_start", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "meeting_attendance_user_idx" ON "meeting_attendance" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "meeting_invitee" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "user_id" uuid,
                "organization_id" uuid,
                CONSTRAINT "meeting_invitee_one_check" CHECK (num_nonnulls("user_id", "organization_id") = 1),
                CONSTRAINT "PK_e24acce90bb02a11e75648f151b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "meeting_invitee_org_idx" ON "meeting_invitee" ("organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "meeting_invitee_user_idx" ON "meeting_invitee" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "meeting_invitee_org_key" ON "meeting_invitee" ("event_id", "organization_id")
            WHERE "organization_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "meeting_invitee_user_key" ON "meeting_invitee" ("event_id", "user_id")
            WHERE "user_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "meeting_response" (
                "event_id" uuid NOT NULL,
                "occurrence_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "user_id" uuid NOT NULL,
                "response" text NOT NULL,
                "note" text,
                "responded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "meeting_response_check" CHECK ("response" IN ('yes', 'no', 'maybe')),
                CONSTRAINT "PK_23558d02f94ff42e37444f3a717" PRIMARY KEY ("event_id", "occurrence_start", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "meeting_response_user_idx" ON "meeting_response" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_event"
            ADD CONSTRAINT "FK_6a4a1fcbd24cf72f84b27118319" FOREIGN KEY ("organizer_organization_id") REFERENCES "organization"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_event"
            ADD CONSTRAINT "FK_fff9fa61dfaa8a18f334aa60683" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_event_exception"
            ADD CONSTRAINT "FK_3aa3b23c9d0a92fc19df6e90c3f" FOREIGN KEY ("event_id") REFERENCES "calendar_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feed"
            ADD CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_agenda_item"
            ADD CONSTRAINT "FK_061eaa8518df99162c9f2dd309a" FOREIGN KEY ("event_id") REFERENCES "calendar_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_agenda_item"
            ADD CONSTRAINT "FK_eccef8e1efd1bdd37c022ddfacb" FOREIGN KEY ("presenter_user_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_agenda_item"
            ADD CONSTRAINT "FK_3f41a7d44f7c3d0820af9159f08" FOREIGN KEY ("presenter_organization_id") REFERENCES "organization"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_attendance"
            ADD CONSTRAINT "FK_23d7a43838bbe70754f250a160b" FOREIGN KEY ("event_id") REFERENCES "calendar_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_attendance"
            ADD CONSTRAINT "FK_58f3823e0aed0b1076074be7267" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_attendance"
            ADD CONSTRAINT "FK_c6f1a868ba60886a5089dfe54d3" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_invitee"
            ADD CONSTRAINT "FK_1dbc7a022f63367102d0645e5c3" FOREIGN KEY ("event_id") REFERENCES "calendar_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_invitee"
            ADD CONSTRAINT "FK_938066b523f1ae3ede9cd4e4a6f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_invitee"
            ADD CONSTRAINT "FK_6c88d4de1cf5ff61b4e3b3de5e6" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_response"
            ADD CONSTRAINT "FK_2861b8b59bade1b446240301472" FOREIGN KEY ("event_id") REFERENCES "calendar_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_response"
            ADD CONSTRAINT "FK_856200ba9667b104d689d9e9265" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // New event types: the CHECK lists every type (the coordinator unions the lists of parallel branches).
    await queryRunner.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_type_check"`);
    await queryRunner.query(`
            ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_type_check" CHECK (
                type IN ('material.transitioned', 'user.invited', 'calendar.event_changed', 'meeting.invited')
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_type_check"`);
    await queryRunner.query(`
            ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_type_check" CHECK (
                type IN ('material.transitioned', 'user.invited')
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_response" DROP CONSTRAINT "FK_856200ba9667b104d689d9e9265"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_response" DROP CONSTRAINT "FK_2861b8b59bade1b446240301472"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_invitee" DROP CONSTRAINT "FK_6c88d4de1cf5ff61b4e3b3de5e6"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_invitee" DROP CONSTRAINT "FK_938066b523f1ae3ede9cd4e4a6f"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_invitee" DROP CONSTRAINT "FK_1dbc7a022f63367102d0645e5c3"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_c6f1a868ba60886a5089dfe54d3"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_58f3823e0aed0b1076074be7267"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_attendance" DROP CONSTRAINT "FK_23d7a43838bbe70754f250a160b"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_agenda_item" DROP CONSTRAINT "FK_3f41a7d44f7c3d0820af9159f08"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_agenda_item" DROP CONSTRAINT "FK_eccef8e1efd1bdd37c022ddfacb"
        `);
    await queryRunner.query(`
            ALTER TABLE "meeting_agenda_item" DROP CONSTRAINT "FK_061eaa8518df99162c9f2dd309a"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_event_exception" DROP CONSTRAINT "FK_3aa3b23c9d0a92fc19df6e90c3f"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_event" DROP CONSTRAINT "FK_fff9fa61dfaa8a18f334aa60683"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_event" DROP CONSTRAINT "FK_6a4a1fcbd24cf72f84b27118319"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."meeting_response_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "meeting_response"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."meeting_invitee_user_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."meeting_invitee_org_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."meeting_invitee_user_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."meeting_invitee_org_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "meeting_invitee"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."meeting_attendance_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "meeting_attendance"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."meeting_agenda_item_meeting_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."meeting_agenda_item_presenter_user_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."meeting_agenda_item_presenter_org_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "meeting_agenda_item"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."calendar_feed_token_hash_key"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_feed"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."calendar_event_exception_occurrence_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."calendar_event_exception_moved_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_event_exception"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."calendar_event_range_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."calendar_event_organizer_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."calendar_event_uid_key"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_event"
        `);
  }
}
