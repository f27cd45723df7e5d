import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that serve the library's published projection without touching the tables: the material list walks
 * `material_list_idx` (working view) or `material_published_list_idx` (published view) most recent first, carrying what the visibility rule and the common filters test, and reads
 * each published revision's state from `content_revision_state_idx` — both index-only, so counting up to the cap is
 * a bounded probe rather than a scan of wide rows.
 */
export class ListProjectionIndexes1795690000000 implements MigrationInterface {
  name = 'ListProjectionIndexes1795690000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`DROP INDEX "material_updated_idx"`);
    await q.query(`CREATE INDEX "material_list_idx" ON "material" ("updated_at", "id")
      INCLUDE ("published_revision_id", "working_revision_id", "embargo_until", "kind_id", "language")`);
    // Readers' published view goes by publication time (KernelUpkeep): the same projection in that order.
    await q.query(`DROP INDEX "material_published_at_idx"`);
    await q.query(`CREATE INDEX "material_published_list_idx" ON "material" ("published_at", "id")
      INCLUDE ("published_revision_id", "working_revision_id", "embargo_until", "kind_id", "language")`);
    await q.query(`CREATE UNIQUE INDEX "content_revision_state_idx" ON "content_revision" ("id") INCLUDE ("state")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "content_revision_state_idx"`);
    await q.query(`DROP INDEX "material_published_list_idx"`);
    await q.query(`CREATE INDEX "material_published_at_idx" ON "material" ("published_at", "id")`);
    await q.query(`DROP INDEX "material_list_idx"`);
    await q.query(`CREATE INDEX "material_updated_idx" ON "material" ("updated_at", "id")`);
  }
}
