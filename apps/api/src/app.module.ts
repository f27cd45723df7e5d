import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './auth/access.guard.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ClockModule, type Clock } from './common/clock.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/env.js';
import { databaseModule } from './database/database.module.js';
import { FilesModule } from './files/files.module.js';
import { ComplexityPlugin } from './graphql/complexity.plugin.js';
import { graphqlModule } from './graphql/graphql.config.js';
import { JobsModule } from './jobs/jobs.module.js';
import type { JobsOptions } from './jobs/jobs-options.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { ContactsModule } from './modules/contacts/contacts.module.js';
import { DocumentsModule } from './modules/documents/documents.module.js';
import { MaterialsModule } from './modules/materials/materials.module.js';
import { MailModule } from './mail/mail.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { CampaignsModule } from './modules/campaigns/campaigns.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { SeedModule } from './seed/seed.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, jobs: Partial<JobsOptions> = {}, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        databaseModule(config.databaseUrl, config.statementTimeoutMs),
        graphqlModule,
        JobsModule.forRoot(jobs),
        AuditModule,
        AuthModule,
        UsersModule,
        OrganizationsModule,
        ContactsModule,
        SeedModule,
        HealthModule,
        MaterialsModule,
        FilesModule,
        CalendarModule,
        DocumentsModule,
        MailModule,
        NotificationsModule,
        CampaignsModule,
      ],
      providers: [ComplexityPlugin, RateLimiter, { provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
