import pg from 'pg';

export default async function globalTeardown() {
  if (globalThis.__PORTAL_TEST_DB__) {
    await globalThis.__PORTAL_TEST_DB__.stop();
    return;
  }
  // An external server outlives the run: remove this run's template from it.
  const template = globalThis.__PORTAL_TEST_TEMPLATE__;
  if (!template) return;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${template} WITH IS_TEMPLATE false`);
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  } finally {
    await admin.end();
  }
}
