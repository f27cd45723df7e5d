// What a cold visit of the sign-in page and then the library transfers: requests, bytes on the wire by
// content encoding, and for the scripts and styles loaded their raw, gzip and Brotli sizes in the build.
// Run after `npm run build`:  npm run bench:cold
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { WEB_DIST } from '../src/paths.mjs';
import { DEMO_PASSWORD, launchChromium, startPortal } from './portal-server.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (file) => (existsSync(file) ? statSync(file).size : 0);

async function visit(context, url, run) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const seen = new Map();
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    // Answers from the browser's cache cross no network: left out of the counts.
    if (e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker) return;
    seen.set(e.requestId, { url: e.response.url, encoding: headers['content-encoding'] ?? 'none', bytes: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const entry = seen.get(e.requestId);
    if (entry) entry.bytes = e.encodedDataLength;
  });
  await run(page, url);
  await page.close();
  return [...seen.values()];
}

function report(name, entries) {
  const total = entries.reduce((sum, e) => sum + e.bytes, 0);
  console.log(`\n${name}: ${entries.length} requests over the network, ${kb(total)} transferred (headers included)`);
  const byEncoding = new Map();
  for (const e of entries) {
    const row = byEncoding.get(e.encoding) ?? { count: 0, bytes: 0 };
    byEncoding.set(e.encoding, { count: row.count + 1, bytes: row.bytes + e.bytes });
  }
  for (const [encoding, row] of byEncoding) {
    console.log(
      `  ${`content-encoding ${encoding}`.padEnd(28)} ${String(row.count).padStart(3)} requests ${kb(row.bytes).padStart(10)}`,
    );
  }
  const assets = [...new Set(entries.map((e) => new URL(e.url).pathname))]
    .filter((p) => /^\/assets\/.+\.(js|css)$/.test(p))
    .map((p) => path.join(WEB_DIST, p));
  const sums = assets.reduce(
    (s, f) => ({ raw: s.raw + size(f), gzip: s.gzip + size(`${f}.gz`), br: s.br + size(`${f}.br`) }),
    { raw: 0, gzip: 0, br: 0 },
  );
  console.log(
    `  ${assets.length} scripts and styles: ${kb(sums.raw)} raw, ${kb(sums.gzip)} gzip, ${kb(sums.br)} brotli (build files)`,
  );
}

const portal = await startPortal();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const signIn = await visit(context, portal.url, async (page, url) => {
    await page.goto(`${url}/sign-in`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#sign-in-email');
  });
  report('sign-in page (cold)', signIn);
  const library = await visit(context, portal.url, async (page, url) => {
    await page.goto(`${url}/sign-in`);
    await page.fill('#sign-in-email', 'reader@portal.test');
    await page.fill('#sign-in-password', DEMO_PASSWORD);
    await page.press('#sign-in-password', 'Enter');
    await page.waitForSelector('[data-testid=material-card]');
    await page.waitForLoadState('networkidle');
  });
  report('then sign-in and the library (same browser)', library);
  report('sign-in + library together', [...signIn, ...library]);
  await context.close();
} finally {
  await browser.close();
  await portal.stop();
}
