import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { typeormOptions } from '../src/database/typeorm-options.js';
import { TestApp } from './support/test-app.js';
import { createTestDatabase } from './support/test-database.js';

// Every other test file starts from the migrated template; this one has the app migrate an empty database.
let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({}, await createTestDatabase({ empty: true }));
});
afterAll(() => t.close());

describe('database and schema', () => {
  it('runs on a UTF-8 locale, so Russian stemming and Cyrillic trigrams work', async () => {
    const [row] = await t.dataSource.query(
      `SELECT datctype, to_tsvector('russian', 'Торговля Людьми')::text AS v, show_trgm('Бишкек') AS trgm
         FROM pg_database WHERE datname = current_database()`,
    );
    expect(row.datctype).toBe('C.UTF-8');
    expect(row.v).toBe("'людьм':2 'торговл':1");
    expect(row.trgm.length).toBeGreaterThan(0);
  });

  it('gives other test files a copy of a fully migrated template, so the app starting on it migrates nothing', async () => {
    const db = await createTestDatabase();
    const dataSource = new DataSource({ ...typeormOptions(db.url), logging: false });
    await dataSource.initialize();
    try {
      expect(await dataSource.showMigrations()).toBe(false);
      const applied = await dataSource.query('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((m: { name: string }) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      const [{ datctype }] = await dataSource.query(
        'SELECT datctype FROM pg_database WHERE datname = current_database()',
      );
      expect(datctype).toBe('C.UTF-8');
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });

  it('migrates an empty database into exactly what the entities describe', async () => {
    const applied = await t.dataSource.query('SELECT count(*)::int AS n FROM migrations');
    expect(applied).toEqual([{ n: MIGRATIONS.length }]);
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('serves exactly the committed schema.gql', () => {
    const running = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    const committed = readFileSync(new URL('../schema.gql', import.meta.url), 'utf8');
    expect(running).toBe(committed);
  });

  it('survives PostgreSQL terminating its idle connections', async () => {
    const pool = (t.dataSource.driver as PostgresDriver).master as pg.Pool;
    const before = pool.totalCount;
    const [{ terminated }] = await t.dataSource.query(
      `SELECT count(pg_terminate_backend(pid))::int AS terminated FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name <> 'portal-jobs'`,
    );
    expect(terminated).toBeGreaterThan(0);
    // (The job queue's own pool, 'portal-jobs', is left alone: it is not this pool.) Each lost connection reaches the pool as an error event; wait for all of them, however long the machine takes.
    while (pool.totalCount > before - terminated) await new Promise((resolve) => setTimeout(resolve, 20));
    const result = await t.gql('{ me { user { id } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ me: null });
  });
});
