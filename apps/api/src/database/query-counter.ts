import type { Logger, QueryRunner } from 'typeorm';

/** Counts SQL statements so tests and benchmarks can see N+1 patterns; logs nothing else itself. */
export class QueryCounter implements Logger {
  count = 0;

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.count++;
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
