// Starts a fresh PostgreSQL and the built portal (API + web build) on free ports, once for the whole run.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEmbeddedPostgres } from '../../../../tools/src/embedded-db.mjs';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const API_MAIN = path.join(ROOT, 'apps/api/dist/main.js');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
const READY_TIMEOUT_MS = 60_000;

async function waitUntilReady(baseUrl, api, logFile) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) break;
    try {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { user { id } } }' }),
      });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '';
  throw new Error(`The portal did not become ready at ${baseUrl}.\n${log}`);
}

export default async function globalSetup() {
  for (const [what, file] of [
    ['API build', API_MAIN],
    ['web build', path.join(WEB_DIST, 'index.html')],
  ]) {
    if (!existsSync(file)) {
      throw new Error(`Missing ${what} (${file}). Build first: npx nx run-many -t build (npm test does this).`);
    }
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-e2e-'));
  const database = await startEmbeddedPostgres({ dataDir, persistent: false });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(dataDir, 'api.log');
  const log = openSync(logFile, 'a');
  const api = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    // Own process group, so teardown can stop it and anything it started.
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_DIST,
      DEMO_DATA: 'true',
      RATE_LIMIT_PER_MINUTE: '0',
      NODE_ENV: 'test',
      // Demo accounts and every account a test creates are hashed cheaply; production refuses this.
      PASSWORD_HASH_COST: 'fast',
      PUBLIC_URL: baseUrl,
    },
  });
  closeSync(log);
  globalThis.__PORTAL_E2E__ = { api, database, dataDir };
  try {
    await waitUntilReady(baseUrl, api, logFile);
  } catch (error) {
    if (api.exitCode === null) process.kill(-api.pid, 'SIGKILL');
    await database.stop();
    throw error;
  }
  process.env.PORTAL_E2E_URL = baseUrl;
  // For tests that must set up what no user can (e.g. a job that failed on every attempt).
  process.env.PORTAL_E2E_DATABASE_URL = database.url;
}
