// One real PostgreSQL (embedded) for the whole API suite, in the temp dir, and one template database on it with
// every migration applied; each test file then copies the template instead of migrating a database of its own.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformFile } from '@swc/core';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../../../../tools/src/embedded-db.mjs';
import { ROOT } from '../../../../tools/src/paths.mjs';

const MIGRATIONS_DIR = path.join(ROOT, 'apps/api/src/database/migrations');

export default async function globalSetup() {
  if (!process.env.TEST_DATABASE_URL) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-api-test-'));
    const db = await startEmbeddedPostgres({ dataDir, database: 'postgres', persistent: false });
    globalThis.__PORTAL_TEST_DB__ = db;
    process.env.TEST_DATABASE_URL = db.url;
  }
  // On a server of its own the name is fixed; on a shared external server each run needs its own.
  const template = globalThis.__PORTAL_TEST_DB__
    ? 'portal_template'
    : `portal_template_${process.pid}_${Date.now().toString(36)}`;
  await createTemplate(process.env.TEST_DATABASE_URL, template);
  globalThis.__PORTAL_TEST_TEMPLATE__ = template;
  process.env.TEST_TEMPLATE_DATABASE = template;
}

async function createTemplate(serverUrl, name) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    // No connection may stay open on a template while databases are copied from it.
    await admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  } finally {
    await admin.end();
  }
}

/** Runs the app's own migration list, the same way the app does (TypeORM records them, so the app's run is a no-op). */
async function migrate(url) {
  // Global setup runs outside Jest's transform: compile the migrations (TypeScript, importing only each other and
  // typeorm) with the same SWC, next to node_modules so that their imports resolve.
  const cache = path.join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(path.join(cache, 'portal-test-migrations-'));
  try {
    for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))) {
      const { code } = await transformFile(path.join(MIGRATIONS_DIR, file), {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
      });
      writeFileSync(path.join(out, file.replace(/\.ts$/, '.js')), code);
    }
    const { MIGRATIONS } = await import(pathToFileURL(path.join(out, 'index.js')).href);
    const dataSource = new DataSource({
      type: 'postgres',
      url,
      migrations: MIGRATIONS,
      migrationsTransactionMode: 'each',
      installExtensions: false,
    });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
    } finally {
      await dataSource.destroy();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
