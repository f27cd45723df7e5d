import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { typeormOptions } from '../src/database/typeorm-options.js';
import { createTestDatabase } from './support/test-database.js';

describe('migrating the free-text campaign field', () => {
  it('turns each distinct theme into one agreed campaign and links every material to it', async () => {
    const db = await createTestDatabase({ empty: true });
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(MIGRATIONS.find((m) => m.name.startsWith('Campaigns'))!));
    const old = new DataSource({ ...typeormOptions(db.url), migrations: before, logging: false });
    await old.initialize();
    try {
      await old.runMigrations();
      await old.query(`INSERT INTO material_kind (code, structure, names) VALUES ('m_test', 'text', '{}')
        ON CONFLICT DO NOTHING`);
      const [{ id: kindId }] = await old.query(`SELECT id FROM material_kind LIMIT 1`);
      for (const campaign of ['Горячая линия 189', ' Горячая линия 189 ', 'Встреча репатриантов', null, '  ']) {
        const [{ id }] = await old.query(`INSERT INTO content_item (type) VALUES ('material') RETURNING id`);
        await old.query(`INSERT INTO material (id, kind_id, language, campaign) VALUES ($1, $2, 'ru', $3)`, [
          id,
          kindId,
          campaign,
        ]);
      }
    } finally {
      await old.destroy();
    }
    const migrated = new DataSource({ ...typeormOptions(db.url), logging: false });
    await migrated.initialize();
    try {
      await migrated.runMigrations();
      const campaigns = await migrated.query(
        `SELECT r.title, r.state, c.published_revision_id = c.working_revision_id AS published,
                (SELECT count(*)::int FROM material m WHERE m.campaign_id = c.id) AS materials
           FROM campaign c JOIN content_revision r ON r.id = c.working_revision_id ORDER BY r.title`,
      );
      expect(campaigns).toEqual([
        { title: 'Встреча репатриантов', state: 'agreed', published: true, materials: 1 },
        { title: 'Горячая линия 189', state: 'agreed', published: true, materials: 2 },
      ]);
      const [{ unlinked }] = await migrated.query(
        `SELECT count(*)::int AS unlinked FROM material WHERE campaign_id IS NULL`,
      );
      expect(unlinked).toBe(2);
    } finally {
      await migrated.destroy();
      await db.drop();
    }
  });
});
