import { jest } from '@jest/globals';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { queryCounter } from '../src/database/query-counter.js';
import { createTestDatabase } from './support/test-database.js';
import { TestApp } from './support/test-app.js';

describe('migrations', () => {
  it('run once when two instances start together on a fresh database', async () => {
    const db = await createTestDatabase({ empty: true });
    const shared = { url: db.url, drop: async () => {} };
    // Counts every attempt, including one that fails and is retried, which a look at the table alone would miss.
    const attempts = MIGRATIONS.map((migration) => jest.spyOn(migration.prototype, 'up'));
    const failures = jest.spyOn(queryCounter, 'logQueryError');
    const started = await Promise.allSettled([TestApp.start({}, shared), TestApp.start({}, shared)]);
    const apps = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'up'))).toEqual(['up', 'up']);
      for (const app of apps) expect((await app.gql('{ me { user { id } } }')).data).toEqual({ me: null });
      expect(failures.mock.calls.map(([, query]) => query)).toEqual([]);
      expect(attempts.map((spy) => spy.mock.calls.length)).toEqual(MIGRATIONS.map(() => 1));
      const rows = await apps[0].dataSource.query('SELECT name, count(*)::int AS n FROM migrations GROUP BY name');
      expect(rows).toHaveLength(MIGRATIONS.length);
      expect(rows.every((row: { n: number }) => row.n === 1)).toBe(true);
    } finally {
      [...attempts, failures].forEach((spy) => spy.mockRestore());
      for (const app of apps) await app.close();
      await db.drop();
    }
  });
});
