import preset from '../../jest.preset.js';

export default {
  ...preset,
  displayName: 'web',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
