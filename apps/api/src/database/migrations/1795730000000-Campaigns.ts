import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * National campaigns on the content kernel, their plan items, and materials' free-text `campaign` turned into a
 * reference: each distinct text becomes an agreed campaign of that theme (readers already saw those texts on
 * published materials), and the materials are linked to it. `campaign.item-assigned` and `campaign.transitioned`
 * join the domain event types.
 */
export class Campaigns1795730000000 implements MigrationInterface {
  name = 'Campaigns1795730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "campaign" (
        "id" uuid NOT NULL,
        "working_revision_id" uuid,
        "published_revision_id" uuid,
        "starts_on" date,
        "ends_on" date,
        "audiences" text array NOT NULL DEFAULT '{}',
        "embargo_until" TIMESTAMP WITH TIME ZONE,
        "created_by" uuid,
        "version" integer NOT NULL DEFAULT '1',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "campaign_period_check" CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT "campaign_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "campaign_working_revision_idx" ON "campaign" ("working_revision_id")`);
    await q.query(`CREATE INDEX "campaign_published_revision_idx" ON "campaign" ("published_revision_id")`);
    await q.query(`ALTER TABLE "campaign" ADD CONSTRAINT "campaign_item_fkey"
      FOREIGN KEY ("id") REFERENCES "content_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "campaign" ADD CONSTRAINT "campaign_working_revision_fkey"
      FOREIGN KEY ("working_revision_id") REFERENCES "content_revision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "campaign" ADD CONSTRAINT "campaign_published_revision_fkey"
      FOREIGN KEY ("published_revision_id") REFERENCES "content_revision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await q.query(`
      CREATE TABLE "campaign_plan_item" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "campaign_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "title" text NOT NULL,
        "owner_user_id" uuid,
        "owner_organization_id" uuid,
        "due_on" date,
        "status" text NOT NULL DEFAULT 'open',
        "evidence_material_id" uuid,
        "version" integer NOT NULL DEFAULT '1',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "campaign_plan_item_status_check" CHECK (status IN ('open', 'done', 'dropped')),
        CONSTRAINT "campaign_plan_item_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "campaign_plan_item_campaign_idx" ON "campaign_plan_item" ("campaign_id", "position")`);
    await q.query(`CREATE INDEX "campaign_plan_item_owner_user_idx" ON "campaign_plan_item" ("owner_user_id")`);
    await q.query(
      `CREATE INDEX "campaign_plan_item_owner_organization_idx" ON "campaign_plan_item" ("owner_organization_id")`,
    );
    await q.query(`CREATE INDEX "campaign_plan_item_evidence_idx" ON "campaign_plan_item" ("evidence_material_id")`);
    await q.query(`ALTER TABLE "campaign_plan_item" ADD CONSTRAINT "campaign_plan_item_campaign_fkey"
      FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "campaign_plan_item" ADD CONSTRAINT "campaign_plan_item_owner_user_fkey"
      FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "campaign_plan_item" ADD CONSTRAINT "campaign_plan_item_owner_organization_fkey"
      FOREIGN KEY ("owner_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "campaign_plan_item" ADD CONSTRAINT "campaign_plan_item_evidence_fkey"
      FOREIGN KEY ("evidence_material_id") REFERENCES "material"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    await q.query(`ALTER TABLE "material" ADD "campaign_id" uuid`);
    await q.query(`CREATE INDEX "material_campaign_idx" ON "material" ("campaign_id")`);
    await q.query(`ALTER TABLE "material" ADD CONSTRAINT "material_campaign_fkey"
      FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Translations share their source's text, so one theme spelled the same way becomes one campaign.
    await q.query(`
      DO $$
      DECLARE theme text; item uuid; rev uuid;
      BEGIN
        FOR theme IN SELECT DISTINCT btrim(campaign) FROM material WHERE btrim(coalesce(campaign, '')) <> '' LOOP
          INSERT INTO content_item (type) VALUES ('campaign') RETURNING id INTO item;
          INSERT INTO content_revision (item_id, number, title, body, body_text, state, contributor_ids)
            VALUES (item, 1, theme, '{"goals": "", "regionalPlan": "", "csoActivities": ""}', '', 'agreed', '{}')
            RETURNING id INTO rev;
          INSERT INTO campaign (id, working_revision_id, published_revision_id) VALUES (item, rev, rev);
          UPDATE material SET campaign_id = item WHERE btrim(campaign) = theme;
        END LOOP;
      END $$`);
    await q.query(`ALTER TABLE "material" DROP COLUMN "campaign"`);

    await q.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_type_check"`);
    await q.query(`ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_type_check"
      CHECK (type IN ('material.transitioned', 'user.invited', 'campaign.transitioned', 'campaign.item-assigned'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM domain_event WHERE type IN ('campaign.transitioned', 'campaign.item-assigned')`);
    await q.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_type_check"`);
    await q.query(`ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_type_check"
      CHECK (type IN ('material.transitioned', 'user.invited'))`);
    await q.query(`ALTER TABLE "material" ADD "campaign" text`);
    await q.query(`UPDATE material m SET campaign = r.title
      FROM campaign c JOIN content_revision r ON r.id = c.working_revision_id WHERE c.id = m.campaign_id`);
    await q.query(`ALTER TABLE "material" DROP CONSTRAINT "material_campaign_fkey"`);
    await q.query(`DROP INDEX "public"."material_campaign_idx"`);
    await q.query(`ALTER TABLE "material" DROP COLUMN "campaign_id"`);
    // The campaigns' kernel rows (items, revisions, the permanent transition log) stay: that log is append-only.
    await q.query(`DROP TABLE "campaign_plan_item"`);
    await q.query(`DROP TABLE "campaign"`);
  }
}
