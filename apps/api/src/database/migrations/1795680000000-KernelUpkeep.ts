import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kernel upkeep: readers' lists go by when a text was published (every published material gets its `published_at`,
 * indexed for that order); embargo and validity changes hang off the content item like the other kernel tables;
 * `content_item.updated_at`, kept from now on by the kernel, starts from the latest revision, step or comment.
 */
export class KernelUpkeep1795680000000 implements MigrationInterface {
  name = 'KernelUpkeep1795680000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE material m SET published_at = r.updated_at
      FROM content_revision r WHERE r.id = m.published_revision_id AND m.published_at IS NULL`);
    await q.query(`CREATE INDEX "material_published_at_idx" ON "material" ("published_at", "id")`);

    await q.query(`ALTER TABLE "material_detail_change" DROP CONSTRAINT "FK_b3e4f6a9fcfc69d5bb42b5a36aa"`);
    await q.query(`ALTER TABLE "material_detail_change" RENAME COLUMN "material_id" TO "item_id"`);
    await q.query(`ALTER INDEX "material_detail_change_material_idx" RENAME TO "material_detail_change_item_idx"`);
    await q.query(`ALTER TABLE "material_detail_change" ADD CONSTRAINT "material_detail_change_item_fkey"
      FOREIGN KEY ("item_id") REFERENCES "content_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await q.query(`UPDATE content_item i SET updated_at = GREATEST(i.updated_at,
        (SELECT max(r.updated_at) FROM content_revision r WHERE r.item_id = i.id),
        (SELECT max(s.created_at) FROM content_transition s WHERE s.item_id = i.id),
        (SELECT max(GREATEST(c.created_at, c.edited_at, c.resolved_at)) FROM content_comment c WHERE c.item_id = i.id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "material_detail_change" DROP CONSTRAINT "material_detail_change_item_fkey"`);
    await q.query(`ALTER INDEX "material_detail_change_item_idx" RENAME TO "material_detail_change_material_idx"`);
    await q.query(`ALTER TABLE "material_detail_change" RENAME COLUMN "item_id" TO "material_id"`);
    await q.query(`ALTER TABLE "material_detail_change" ADD CONSTRAINT "FK_b3e4f6a9fcfc69d5bb42b5a36aa"
      FOREIGN KEY ("material_id") REFERENCES "material"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`DROP INDEX "material_published_at_idx"`);
  }
}
