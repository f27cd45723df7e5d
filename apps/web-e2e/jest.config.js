import preset from '../../jest.preset.js';

/** Browser tests against the built portal; one server for the run, tests serial and independent of order. */
export default {
  ...preset,
  displayName: 'web-e2e',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.mjs',
  globalTeardown: '<rootDir>/src/support/global-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 90_000,
};
