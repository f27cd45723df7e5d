import { Logger } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { queryCounter } from './query-counter.js';

/**
 * `statementTimeoutMs` (the API's setting) makes PostgreSQL cancel a statement that runs longer, so a request that
 * slips past the cost limits fails with a clear error instead of holding a connection; 0 or none means no limit
 * (the migration CLI and the admin command). Migrations run at the API's start share the limit: one that needs
 * longer begins with `SET LOCAL statement_timeout = 0` (each runs in its own transaction).
 */
export function typeormOptions(databaseUrl: string, statementTimeoutMs = 0): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations, not at connect time.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // A dropped idle connection (PostgreSQL restarted, backend terminated) must not crash the process.
    poolErrorHandler: (error: Error) => new Logger('Database').warn(`Idle database connection lost: ${error.message}`),
    logging: ['query', 'error', 'migration', 'warn'],
    logger: queryCounter,
    extra: {
      max: 10,
      idleTimeoutMillis: 30_000,
      application_name: 'portal-api',
      // Many small concurrent requests: a parallel plan's worker start-up costs more than it saves and takes the
      // cores other requests wait for (the library's bounded count probe went from 11 ms to 80 ms under load).
      options: '-c max_parallel_workers_per_gather=0',
      ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    },
  };
}
