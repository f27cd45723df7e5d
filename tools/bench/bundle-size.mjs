// Prints the size of every chunk of the built web app (raw, gzip and Brotli as the server sends them), largest
// first. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT } from '../src/paths.mjs';

const dir = path.join(ROOT, 'apps/web/dist/assets');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const rows = readdirSync(dir)
  .filter((f) => /\.(js|css)$/.test(f))
  .map((file) => {
    const data = readFileSync(path.join(dir, file));
    return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length, br: brotli(data) };
  })
  .sort((a, b) => b.gzip - a.gzip);
console.log('chunk'.padEnd(50), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const r of rows)
  console.log(r.file.padEnd(50), kb(r.raw).padStart(10), kb(r.gzip).padStart(10), kb(r.br).padStart(10));
const sum = (list) =>
  list.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip, br: s.br + r.br }), { raw: 0, gzip: 0, br: 0 });
const total = sum(rows);
console.log('total'.padEnd(50), kb(total.raw).padStart(10), kb(total.gzip).padStart(10), kb(total.br).padStart(10));
const index = readFileSync(path.join(ROOT, 'apps/web/dist/index.html'), 'utf8');
const entry = [...index.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]);
const initial = sum(rows.filter((r) => entry.includes(r.file)));
console.log(
  `\nloaded by index.html before any route chunk: ${kb(initial.gzip)} gzip, ${kb(initial.br)} brotli (${entry.join(', ')})`,
);
