import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

const background = new AsyncLocalStorage<true>();

/** Runs queue work (consumers, schedules) so its statements are not counted as a request's. */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

/**
 * Counts the SQL statements requests issue, so tests and benchmarks can see N+1 patterns; statements of queue work
 * running meanwhile are left out. Logs nothing else itself.
 */
export class QueryCounter implements Logger {
  count = 0;
  /** While set, each counted statement with its parameters is appended (benchmarks replay them through `pg`). */
  captured: { query: string; parameters: unknown[] }[] | null = null;

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    if (background.getStore()) return;
    this.count++;
    this.captured?.push({ query, parameters: parameters ?? [] });
  }
  logQueryError(error: string | Error, query: string): void {
    console.error(`SQL failed: ${query}\n${String(error)}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    console.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}

export const queryCounter = new QueryCounter();
