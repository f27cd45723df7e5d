import { Initial1795529414004 } from './1795529414004-Initial.js';

/** Every migration, oldest first; the app and the TypeORM CLI both run this list. */
export const MIGRATIONS = [Initial1795529414004];
