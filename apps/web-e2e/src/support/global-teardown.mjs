import { rmSync } from 'node:fs';

const exited = (child, ms) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

export default async function globalTeardown() {
  const state = globalThis.__PORTAL_E2E__;
  if (!state) return;
  const { api, database, dataDir } = state;
  try {
    process.kill(-api.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  if (!(await exited(api, 10_000))) {
    try {
      process.kill(-api.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
