import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { TestApp } from './support/test-app.js';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request without any automatic decoding, so the test sees the bytes on the wire. */
function request(url: string, headers: Record<string, string> = {}, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const decode = (res: RawResponse): string => {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(res.body).toString('utf8');
  return res.body.toString('utf8');
};

const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `слово ${i}`))};\n`;
const html = `<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body>${'<!-- portal -->'.repeat(100)}</body></html>`;

let t: TestApp;
let webDist: string;
beforeAll(async () => {
  webDist = mkdtempSync(path.join(tmpdir(), 'portal-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  const write = (file: string, text: string) => {
    writeFileSync(path.join(webDist, file), text);
    writeFileSync(path.join(webDist, `${file}.br`), brotliCompressSync(Buffer.from(text)));
    writeFileSync(path.join(webDist, `${file}.gz`), gzipSync(Buffer.from(text)));
  };
  write('index.html', html);
  write('assets/app-abc123.js', script);
  writeFileSync(path.join(webDist, 'assets/logo-abc123.png'), Buffer.alloc(2000, 1));
  t = await TestApp.start({ WEB_DIST: webDist });
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

describe('compressed responses', () => {
  it.each(['br', 'gzip'])('serves a hashed script pre-compressed as %s, cached as immutable', async (encoding) => {
    const res = await request(`${t.url}/assets/app-abc123.js`, { 'accept-encoding': `${encoding}, identity` });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 3);
    expect(decode(res)).toBe(script);
  });

  it('prefers Brotli when both are accepted, and sends the plain file to a client that accepts neither', async () => {
    const both = await request(`${t.url}/assets/app-abc123.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(both.headers['content-encoding']).toBe('br');
    const plain = await request(`${t.url}/assets/app-abc123.js`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString('utf8')).toBe(script);
  });

  it('serves the app page compressed for client-side routes, revalidated on every visit', async () => {
    const res = await request(`${t.url}/materials/some-id`, { 'accept-encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(decode(res)).toBe(html);
  });

  it('sends files without a compressed variant as they are, and a missing chunk as 404 rather than the app page', async () => {
    const png = await request(`${t.url}/assets/logo-abc123.png`, { 'accept-encoding': 'br, gzip' });
    expect(png.status).toBe(200);
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
    const missing = await request(`${t.url}/assets/old-chunk-0000.js`, { 'accept-encoding': 'br, gzip' });
    expect(missing.status).toBe(404);
  });

  it.each(['br', 'gzip'])('compresses GraphQL answers as %s', async (encoding) => {
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const headers = { 'content-type': 'application/json', 'accept-encoding': encoding };
    const res = await request(`${t.url}/graphql`, headers, body);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    const plain = await request(`${t.url}/graphql`, { 'content-type': 'application/json' }, body);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(decode(res))).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(res.body.length).toBeLessThan(plain.body.length / 2);
  });
});
