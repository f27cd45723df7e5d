import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runMigrationsOnce } from './run-migrations.js';
import { typeormOptions } from './typeorm-options.js';

/** The app's data source, migrated (once across instances) before any provider can use it. */
export function databaseModule(databaseUrl: string, statementTimeoutMs: number): DynamicModule {
  return TypeOrmModule.forRootAsync({
    useFactory: () => typeormOptions(databaseUrl, statementTimeoutMs),
    dataSourceFactory: async (options) => {
      const dataSource = await new DataSource(options!).initialize();
      await runMigrationsOnce(dataSource);
      return dataSource;
    },
  });
}
