// Worker threads run outside Jest's module system: when the API runs from its TypeScript sources (under Jest),
// its workers load the same sources through these hooks (SWC, the transform Jest uses).
import { register } from 'node:module';

register('./worker-ts-hooks.mjs', import.meta.url);
