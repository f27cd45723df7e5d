export default async function globalTeardown() {
  await globalThis.__PORTAL_TEST_DB__?.stop();
}
