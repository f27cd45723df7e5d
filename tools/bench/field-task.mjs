// The press officer's task on a phone over a slow link, timed in Chromium: open the portal, sign in as a reader,
// find the approved Q&A on the national hotline by a Russian word, open it, copy it. Once with an empty cache
// (cold), then again in the same browser after signing out (warm). Run after `npm run build`: npm run bench:field
import { launchChromium, startPortal, DEMO_PASSWORD } from './portal-server.mjs';

const PHONE = { width: 390, height: 844 };
/** Slow 3G as the issue measured it: 400 ms round trip, 400 kbit/s each way, CPU slowed 4×. */
const LINK = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const CPU_SLOWDOWN = 4;
const WORD = process.env.BENCH_WORD ?? 'горячей';
const TITLE = 'Национальная горячая линия 189: вопросы и ответы';

async function slowPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', LINK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests += 1;
  });
  return { page, traffic: () => ({ bytes, requests }) };
}

async function task(context, url) {
  const { page, traffic } = await slowPage(context);
  const started = performance.now();
  const mark = (steps, name) => steps.push([name, performance.now() - started]);
  const steps = [];
  await page.goto(url);
  await page.waitForSelector('#sign-in-email');
  mark(steps, 'sign-in page');
  await page.fill('#sign-in-email', 'reader@portal.test');
  await page.fill('#sign-in-password', DEMO_PASSWORD);
  await page.press('#sign-in-password', 'Enter');
  await page.waitForSelector('#materials-search');
  mark(steps, 'library');
  await page.fill('#materials-search', WORD);
  const card = page.locator(`[data-testid=material-card] a:has-text("${TITLE}")`);
  await card.waitFor();
  mark(steps, `found by "${WORD}"`);
  await card.click();
  await page.waitForSelector('[data-testid=copy-plain]');
  mark(steps, 'text open');
  await page.click('[data-testid=copy-plain]');
  await page.waitForSelector('[data-testid=copy-status]:not(:empty)');
  mark(steps, 'copied');
  const result = { total: performance.now() - started, steps, ...traffic() };
  await page.close();
  return result;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const print = (name, r) => {
  console.log(
    `${name.padEnd(6)} ${seconds(r.total).padStart(8)}   ${(r.bytes / 1024).toFixed(0)} KB in ${r.requests} requests`,
  );
  for (const [step, at] of r.steps) console.log(`         ${step.padEnd(28)} at ${seconds(at)}`);
};

const portal = await startPortal();
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 3,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  console.log(
    `Field task on ${PHONE.width}×${PHONE.height}, ${LINK.latency} ms RTT, 400 kbit/s, CPU ${CPU_SLOWDOWN}× slower`,
  );
  const cold = await task(context, portal.url);
  print('cold', cold);
  // Signed out, cache kept: the next morning on the same phone.
  await context.clearCookies();
  const warm = await task(context, portal.url);
  print('warm', warm);
  await context.close();
} finally {
  await browser.close();
  await portal.stop();
}
