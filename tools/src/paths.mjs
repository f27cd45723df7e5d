import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const API_MAIN = path.join(ROOT, 'apps/api/dist/main.js');
export const WEB_DIST = path.join(ROOT, 'apps/web/dist');
export const dataDir = () => path.resolve(ROOT, process.env.DATA_DIR ?? 'data');
