import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Shared Jest setup: ESM + SWC (legacy decorators with metadata, as Nest needs); libs resolve to their sources. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@portal/(domain|authz)$': `${root}libs/$1/src/index.ts`,
    // Its ESM build imports JSON without import attributes, which Jest warns about on every load.
    '^libphonenumber-js/max$': `${root}node_modules/libphonenumber-js/max/index.cjs`,
  },
};
