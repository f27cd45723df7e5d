// The built portal (API + web build) with the demo data on a throwaway embedded PostgreSQL, in a child process,
// for benchmarks that drive a browser against it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startEmbeddedPostgres } from '../src/embedded-db.mjs';
import { API_MAIN, ROOT, WEB_DIST } from '../src/paths.mjs';

export const DEMO_PASSWORD = 'portal-demo';

export async function startPortal() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
  const db = await startEmbeddedPostgres({ dataDir, persistent: false });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_DIST,
      DEMO_DATA: 'true',
      RATE_LIMIT_PER_MINUTE: '0',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: url,
    },
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error('The portal exited during start-up.');
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { user { id } } }' }),
      });
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The portal did not start at ${url}.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = async () => {
    try {
      process.kill(-api.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await new Promise((resolve) => (api.exitCode !== null ? resolve() : api.once('exit', resolve)));
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, stop };
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'],
  });
}
