// One real PostgreSQL (embedded) for the whole API suite, in the temp dir; each test file makes its own database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../../../tools/src/embedded-db.mjs';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-api-test-'));
  const db = await startEmbeddedPostgres({ dataDir, database: 'postgres', persistent: false });
  globalThis.__PORTAL_TEST_DB__ = db;
  process.env.TEST_DATABASE_URL = db.url;
}
