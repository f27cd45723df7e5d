import type { DataSource } from 'typeorm';

/** Any constant works as long as nothing else in the database takes this session-level advisory lock. */
const MIGRATION_LOCK = 795_650_000;

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so instances starting together take turns:
 * the first migrates, the others wait, then find nothing left to do. The lock lives on its own connection for the
 * whole run (migrations themselves use other pool connections), and ends with it even if the process dies.
 */
export async function runMigrationsOnce(dataSource: DataSource): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    // Waiting for another instance's migrations may take longer than any per-statement limit the pool sets.
    await lock.query('SET statement_timeout = 0');
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await dataSource.runMigrations();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await lock.query('RESET statement_timeout').catch(() => undefined);
    await lock.release();
  }
}
