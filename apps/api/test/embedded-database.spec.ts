import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
// @ts-expect-error -- a plain ES module of the tools workspace, without type declarations
import { startEmbeddedPostgres } from '../../../tools/src/embedded-db.mjs';

describe('embedded PostgreSQL data directory', () => {
  it('explains what to do when the postgres user cannot reach the data directory (as root), or just works', async () => {
    const privateParent = mkdtempSync(path.join(tmpdir(), 'portal-private-'));
    chmodSync(privateParent, 0o700);
    const dataDir = path.join(privateParent, 'data');
    mkdirSync(dataDir);
    try {
      const start = startEmbeddedPostgres({ dataDir, persistent: false });
      if (userInfo().uid === 0) {
        await expect(start).rejects.toThrow(/"postgres" user cannot reach .*DATA_DIR.*DATABASE_URL/s);
      } else {
        const db = await start;
        await db.stop();
      }
    } finally {
      rmSync(privateParent, { recursive: true, force: true });
    }
  });
});
