// `npm run dev`: embedded PostgreSQL, the API recompiled on change and restarted (tsc --watch + node --watch),
// and Vite's dev server with hot reload on http://localhost:5173, proxying /graphql and /api to the API.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-db.mjs';
import { API_MAIN, ROOT, dataDir } from './paths.mjs';

const apiPort = process.env.PORT ?? '3000';
const env = {
  ...process.env,
  DATA_DIR: dataDir(),
  PORT: apiPort,
  PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173',
};
const database = env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: env.DATA_DIR });
if (database) env.DATABASE_URL = database.url;

const run = (cmd, args, extraEnv = {}) =>
  spawn(cmd, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: 'inherit' });

// Libraries and a first API build, so the watchers start from a working tree.
const first = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '-p', '@portal/domain', '@portal/authz', '@portal/api'],
  {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  },
);
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  run('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput']),
  run(process.execPath, ['--watch-path', path.dirname(API_MAIN), '--enable-source-maps', API_MAIN]),
  run('npx', ['vite', '--config', 'apps/web/vite.config.ts'], { API_URL: `http://127.0.0.1:${apiPort}` }),
];

const stop = async () => {
  for (const child of children) child.kill('SIGTERM');
  await database?.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
