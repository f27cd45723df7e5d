// `npm start`: the portal on one port with the SPA, on the embedded PostgreSQL unless DATABASE_URL is set.
// The API runs as a child process so that PostgreSQL is stopped cleanly after it, whatever the signal.
import { spawn } from 'node:child_process';
import { startEmbeddedPostgres } from './embedded-db.mjs';
import { API_MAIN, WEB_DIST, dataDir } from './paths.mjs';

const env = { ...process.env, DATA_DIR: dataDir(), WEB_DIST: process.env.WEB_DIST ?? WEB_DIST };
let database = null;
if (!env.DATABASE_URL) {
  console.log(`Starting the embedded PostgreSQL in ${env.DATA_DIR}/postgres …`);
  try {
    database = await startEmbeddedPostgres({ dataDir: env.DATA_DIR });
  } catch (error) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  env.DATABASE_URL = database.url;
}

const api = spawn(process.execPath, ['--enable-source-maps', API_MAIN], { env, stdio: 'inherit' });
const forward = (signal) => api.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
api.on('exit', async (code, signal) => {
  await database?.stop();
  process.exit(code ?? (signal ? 0 : 1));
});
