import type { Db } from 'pg-boss';
import type { EntityManager } from 'typeorm';

/**
 * pg-boss's "bring your own connection" adapter over a TypeORM transaction, so a job is created (or not) with the
 * change that causes it. The third argument asks TypeORM for the raw result: without it an UPDATE/DELETE comes back
 * as `[rows, count]`, which pg-boss cannot read.
 */
export function transactionDb(tx: EntityManager): Db {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('Events are recorded inside the transaction of their change');
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      const result = await runner.query(text, values, true);
      return { rows: result.records };
    },
  };
}
