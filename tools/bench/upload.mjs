// Uploads a 100 MB file over tus to the built API (in this process) and prints the throughput and how far the
// process's resident memory grew meanwhile: the upload must stream (goal: ≤ 32 MB growth).
// Run after `npm run build`:  npm run bench:upload
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { startBenchApp } from './bench-app.mjs';

const SIZE = 100 * 1024 * 1024;
const MB = 1024 * 1024;

const dir = mkdtempSync(path.join(tmpdir(), 'portal-bench-upload-'));
const file = path.join(dir, 'big.pdf');
{
  // A PDF header then random bytes (incompressible, and file-type still reads a PDF).
  const out = createWriteStream(file);
  out.write('%PDF-1.4\n');
  let written = 9;
  while (written < SIZE) {
    const chunk = randomBytes(Math.min(MB, SIZE - written));
    written += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const bench = await startBenchApp();
const base = bench.url.replace(/\/graphql$/, '');
try {
  const member = await bench.signInAs('uploader@bench.kg', ['member']);
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);

  const started = performance.now();
  const created = await fetch(`${base}/api/uploads`, {
    method: 'POST',
    headers: {
      'Tus-Resumable': '1.0.0',
      'Upload-Length': String(SIZE),
      'Upload-Metadata': `filename ${Buffer.from('big.pdf').toString('base64')}`,
      cookie: member.cookie,
    },
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const url = new URL(created.headers.get('location'), base);
  // One streaming PATCH, as a browser without a chunk size sends it.
  const status = await new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'PATCH',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Offset': '0',
        'Content-Type': 'application/offset+octet-stream',
        'Content-Length': String(SIZE),
        cookie: member.cookie,
      },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    createReadStream(file).pipe(req);
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (status !== 204) throw new Error(`upload: ${status}`);
  const [row] = await bench.ds.query(`SELECT status, size FROM file_upload WHERE id = $1`, [
    url.pathname.split('/').pop(),
  ]);
  if (row?.status !== 'complete') throw new Error(`upload row: ${JSON.stringify(row)}`);

  const growth = (peak - baseline) / MB;
  console.log(
    `100 MB over tus, stored and inspected: ${seconds.toFixed(1)} s, ${(SIZE / MB / seconds).toFixed(1)} MB/s`,
  );
  console.log(
    `peak RSS growth of the API process (the client streams from disk): ${growth.toFixed(1)} MB (goal ≤ 32 MB)`,
  );
  process.exitCode = growth <= 32 ? 0 : 1;
} finally {
  await bench.stop();
  rmSync(dir, { recursive: true, force: true });
}
