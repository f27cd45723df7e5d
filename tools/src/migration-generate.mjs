// `npm run migration:generate -- Name`: builds the API, applies the existing migrations to a throwaway embedded
// PostgreSQL and lets TypeORM write the difference to the entities as apps/api/src/database/migrations/<ts>-Name.ts.
// Read the result, add it to migrations/index.ts, and commit it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-db.mjs';
import { ROOT } from './paths.mjs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- MigrationName (PascalCase)');
  process.exit(2);
}
const api = path.join(ROOT, 'apps/api');
execFileSync('npx', ['tsc', '-p', 'tsconfig.app.json'], { cwd: api, stdio: 'inherit' });
const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-migration-'));
const db = await startEmbeddedPostgres({ dataDir, persistent: false });
try {
  const env = { ...process.env, DATABASE_URL: db.url };
  const typeorm = (...args) =>
    execFileSync('npx', ['typeorm', ...args, '-d', 'dist/database/data-source.js'], {
      cwd: api,
      env,
      stdio: 'inherit',
    });
  typeorm('migration:run');
  typeorm('migration:generate', `src/database/migrations/${name}`, '--pretty');
} finally {
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
