import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The content kernel: every governed item (materials now; minutes, documents, campaigns later) is a row of
 * `content_item`, and revisions, transitions and comments hang off it with real foreign keys. Materials share the
 * primary key of their item. Data, triggers and indexes are kept; the approvals loader gets its index.
 */
export class ContentKernel1795660000000 implements MigrationInterface {
  name = 'ContentKernel1795660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "content_item" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "type" text NOT NULL,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "content_item_type_check" CHECK (type IN ('material', 'minutes', 'document', 'campaign')),
        CONSTRAINT "content_item_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "content_item_type_idx" ON "content_item" ("type", "created_at")`);
    await q.query(`ALTER TABLE "content_item" ADD CONSTRAINT "content_item_created_by_fkey"
      FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`INSERT INTO content_item (id, type, created_by, created_at, updated_at)
      SELECT id, 'material', created_by, created_at, updated_at FROM material`);
    await q.query(`ALTER TABLE "material" ALTER COLUMN "id" DROP DEFAULT`);
    await q.query(`ALTER TABLE "material" ADD CONSTRAINT "material_item_fkey"
      FOREIGN KEY ("id") REFERENCES "content_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Revisions.
    await q.query(`ALTER TABLE "material_revision" RENAME TO "content_revision"`);
    await q.query(`ALTER TABLE "content_revision" RENAME COLUMN "material_id" TO "item_id"`);
    await q.query(
      `ALTER TABLE "content_revision" RENAME CONSTRAINT "PK_5a9c4ecdd42070815d73f28c25b" TO "content_revision_pkey"`,
    );
    await q.query(
      `ALTER TABLE "content_revision" RENAME CONSTRAINT "FK_26c8dffa99419418c3486e7adcd" TO "content_revision_author_fkey"`,
    );
    await q.query(`ALTER TABLE "content_revision" DROP CONSTRAINT "material_revision_state_check"`);
    await q.query(`ALTER TABLE "content_revision" ADD CONSTRAINT "content_revision_state_check"
      CHECK (state IN ('draft', 'in_review', 'agreed', 'approved', 'archived', 'circulated'))`);
    await q.query(`ALTER INDEX "material_revision_number_key" RENAME TO "content_revision_number_key"`);
    await q.query(`ALTER INDEX "material_revision_search_idx" RENAME TO "content_revision_search_idx"`);
    await q.query(`ALTER TABLE "content_revision" ADD CONSTRAINT "content_revision_item_fkey"
      FOREIGN KEY ("item_id") REFERENCES "content_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TRIGGER material_revision_search ON "content_revision" RENAME TO content_revision_search`);
    await q.query(`ALTER FUNCTION material_revision_search() RENAME TO content_revision_search`);
    // The vector follows the material's language; items without one (minutes, documents) are indexed like Kyrgyz.
    await q.query(`
      CREATE OR REPLACE FUNCTION content_revision_search() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE lang text;
      BEGIN
        SELECT language INTO lang FROM material WHERE id = NEW.item_id;
        IF lang = 'ru' THEN
          NEW.search := setweight(to_tsvector('russian', NEW.title), 'A') || to_tsvector('russian', NEW.body_text);
        ELSE
          NEW.search := setweight(to_tsvector('simple', NEW.title) || ky_stem_tsvector(NEW.title), 'A')
                     || to_tsvector('simple', NEW.body_text) || ky_stem_tsvector(NEW.body_text);
        END IF;
        RETURN NEW;
      END $$`);

    // Transitions: a permanent log, now tied to its item and revision.
    await q.query(`ALTER TABLE "material_transition" RENAME TO "content_transition"`);
    await q.query(`ALTER TABLE "content_transition" RENAME COLUMN "material_id" TO "item_id"`);
    await q.query(
      `ALTER TABLE "content_transition" RENAME CONSTRAINT "PK_21be4fe7c54eb85c536d453e2fc" TO "content_transition_pkey"`,
    );
    await q.query(
      `ALTER TABLE "content_transition" RENAME CONSTRAINT "FK_e224b4fd385bb4aba67484320ca" TO "content_transition_actor_fkey"`,
    );
    await q.query(`ALTER TABLE "content_transition" DROP CONSTRAINT "material_transition_check"`);
    await q.query(`ALTER TABLE "content_transition" ADD CONSTRAINT "content_transition_check"
      CHECK (transition IN ('submit', 'request_changes', 'agree', 'approve', 'archive', 'circulate'))`);
    await q.query(`ALTER INDEX "material_transition_material_idx" RENAME TO "content_transition_item_idx"`);
    await q.query(`CREATE INDEX "content_transition_revision_idx" ON "content_transition" ("revision_id")`);
    await q.query(`ALTER TABLE "content_transition" ADD CONSTRAINT "content_transition_item_fkey"
      FOREIGN KEY ("item_id") REFERENCES "content_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "content_transition" ADD CONSTRAINT "content_transition_revision_fkey"
      FOREIGN KEY ("revision_id") REFERENCES "content_revision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(
      `ALTER TRIGGER material_transition_immutable ON "content_transition" RENAME TO content_transition_immutable`,
    );

    // Comments: discussion on any item.
    await q.query(`ALTER TABLE "material_comment" RENAME TO "content_comment"`);
    await q.query(`ALTER TABLE "content_comment" RENAME COLUMN "material_id" TO "item_id"`);
    await q.query(
      `ALTER TABLE "content_comment" RENAME CONSTRAINT "PK_2743e60fdec4112809b4cc3072d" TO "content_comment_pkey"`,
    );
    await q.query(`ALTER TABLE "content_comment" DROP CONSTRAINT "FK_1f85d168168ed26028b06e66845"`);
    await q.query(`ALTER TABLE "content_comment" ADD CONSTRAINT "content_comment_item_fkey"
      FOREIGN KEY ("item_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(
      `ALTER TABLE "content_comment" RENAME CONSTRAINT "FK_747d97cbda2eb54c4c1064de6d1" TO "content_comment_parent_fkey"`,
    );
    await q.query(
      `ALTER TABLE "content_comment" RENAME CONSTRAINT "FK_b5706a25c52fac0e7397176393e" TO "content_comment_author_fkey"`,
    );
    await q.query(
      `ALTER TABLE "content_comment" RENAME CONSTRAINT "FK_cc1c7fc85d045ce7aea718cb6cf" TO "content_comment_resolved_by_fkey"`,
    );
    await q.query(`ALTER INDEX "material_comment_material_idx" RENAME TO "content_comment_item_idx"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER INDEX "content_comment_item_idx" RENAME TO "material_comment_material_idx"`);
    await q.query(
      `ALTER TABLE "content_comment" RENAME CONSTRAINT "content_comment_resolved_by_fkey" TO "FK_cc1c7fc85d045ce7aea718cb6cf"`,
    );
    await q.query(
      `ALTER TABLE "content_comment" RENAME CONSTRAINT "content_comment_author_fkey" TO "FK_b5706a25c52fac0e7397176393e"`,
    );
    await q.query(
      `ALTER TABLE "content_comment" RENAME CONSTRAINT "content_comment_parent_fkey" TO "FK_747d97cbda2eb54c4c1064de6d1"`,
    );
    await q.query(`ALTER TABLE "content_comment" DROP CONSTRAINT "content_comment_item_fkey"`);
    await q.query(`ALTER TABLE "content_comment" ADD CONSTRAINT "FK_1f85d168168ed26028b06e66845"
      FOREIGN KEY ("item_id") REFERENCES "material"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(
      `ALTER TABLE "content_comment" RENAME CONSTRAINT "content_comment_pkey" TO "PK_2743e60fdec4112809b4cc3072d"`,
    );
    await q.query(`ALTER TABLE "content_comment" RENAME COLUMN "item_id" TO "material_id"`);
    await q.query(`ALTER TABLE "content_comment" RENAME TO "material_comment"`);

    await q.query(
      `ALTER TRIGGER content_transition_immutable ON "content_transition" RENAME TO material_transition_immutable`,
    );
    await q.query(`ALTER TABLE "content_transition" DROP CONSTRAINT "content_transition_revision_fkey"`);
    await q.query(`ALTER TABLE "content_transition" DROP CONSTRAINT "content_transition_item_fkey"`);
    await q.query(`DROP INDEX "content_transition_revision_idx"`);
    await q.query(`ALTER INDEX "content_transition_item_idx" RENAME TO "material_transition_material_idx"`);
    await q.query(`ALTER TABLE "content_transition" DROP CONSTRAINT "content_transition_check"`);
    await q.query(`ALTER TABLE "content_transition" ADD CONSTRAINT "material_transition_check"
      CHECK (transition IN ('submit', 'request_changes', 'agree', 'approve', 'archive'))`);
    await q.query(
      `ALTER TABLE "content_transition" RENAME CONSTRAINT "content_transition_actor_fkey" TO "FK_e224b4fd385bb4aba67484320ca"`,
    );
    await q.query(
      `ALTER TABLE "content_transition" RENAME CONSTRAINT "content_transition_pkey" TO "PK_21be4fe7c54eb85c536d453e2fc"`,
    );
    await q.query(`ALTER TABLE "content_transition" RENAME COLUMN "item_id" TO "material_id"`);
    await q.query(`ALTER TABLE "content_transition" RENAME TO "material_transition"`);

    await q.query(`
      CREATE OR REPLACE FUNCTION content_revision_search() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE lang text;
      BEGIN
        SELECT language INTO lang FROM material WHERE id = NEW.material_id;
        IF lang = 'ru' THEN
          NEW.search := setweight(to_tsvector('russian', NEW.title), 'A') || to_tsvector('russian', NEW.body_text);
        ELSE
          NEW.search := setweight(to_tsvector('simple', NEW.title) || ky_stem_tsvector(NEW.title), 'A')
                     || to_tsvector('simple', NEW.body_text) || ky_stem_tsvector(NEW.body_text);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`ALTER FUNCTION content_revision_search() RENAME TO material_revision_search`);
    await q.query(`ALTER TRIGGER content_revision_search ON "content_revision" RENAME TO material_revision_search`);
    await q.query(`ALTER TABLE "content_revision" DROP CONSTRAINT "content_revision_item_fkey"`);
    await q.query(`ALTER INDEX "content_revision_search_idx" RENAME TO "material_revision_search_idx"`);
    await q.query(`ALTER INDEX "content_revision_number_key" RENAME TO "material_revision_number_key"`);
    await q.query(`ALTER TABLE "content_revision" DROP CONSTRAINT "content_revision_state_check"`);
    await q.query(`ALTER TABLE "content_revision" ADD CONSTRAINT "material_revision_state_check"
      CHECK (state IN ('draft', 'in_review', 'agreed', 'approved', 'archived'))`);
    await q.query(
      `ALTER TABLE "content_revision" RENAME CONSTRAINT "content_revision_author_fkey" TO "FK_26c8dffa99419418c3486e7adcd"`,
    );
    await q.query(
      `ALTER TABLE "content_revision" RENAME CONSTRAINT "content_revision_pkey" TO "PK_5a9c4ecdd42070815d73f28c25b"`,
    );
    await q.query(`ALTER TABLE "content_revision" RENAME COLUMN "item_id" TO "material_id"`);
    await q.query(`ALTER TABLE "content_revision" RENAME TO "material_revision"`);

    await q.query(`ALTER TABLE "material" DROP CONSTRAINT "material_item_fkey"`);
    await q.query(`ALTER TABLE "material" ALTER COLUMN "id" SET DEFAULT gen_random_uuid()`);
    await q.query(`DROP TABLE "content_item"`);
  }
}
