import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './auth/access.guard.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/env.js';
import { typeormOptions } from './database/typeorm-options.js';
import { ComplexityPlugin } from './graphql/complexity.plugin.js';
import { graphqlModule } from './graphql/graphql.config.js';
import { ContactsModule } from './modules/contacts/contacts.module.js';
import { MaterialsModule } from './modules/materials/materials.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { SeedModule } from './seed/seed.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...typeormOptions(config.databaseUrl, config.statementTimeoutMs),
          migrationsRun: true,
        }),
        graphqlModule,
        AuditModule,
        AuthModule,
        UsersModule,
        OrganizationsModule,
        ContactsModule,
        SeedModule,
        HealthModule,
        MaterialsModule,
      ],
      providers: [ComplexityPlugin, RateLimiter, { provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
