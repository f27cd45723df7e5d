// Creates the first administrator of a production installation (demo accounts are refused there) and prints the
// one-time link to set a password:  node apps/api/dist/cli/invite-admin.js admin@example.kg "Full Name"
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigModule } from '../config/config.module.js';
import { ConfigError, loadConfig } from '../config/env.js';
import { databaseModule } from '../database/database.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuditService } from '../audit/audit.service.js';
import { EventsService } from '../jobs/events.service.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { inviteFirstAdmin } from './first-admin.js';

const [email, displayName] = process.argv.slice(2);
if (!email || !displayName) {
  console.error('Usage: node apps/api/dist/cli/invite-admin.js <email> "<display name>"');
  process.exit(2);
}
try {
  const config = loadConfig(process.env);
  // The database (migrated), the audit log and the job queue without workers: the running portal delivers the
  // invitation event.
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      databaseModule(config.databaseUrl, config.statementTimeoutMs),
      JobsModule.forRoot({ workers: false }),
      AuditModule,
    ],
  })
  class InviteAdminModule {}
  const app = await NestFactory.createApplicationContext(InviteAdminModule, { logger: ['error', 'warn'] });
  const { inviteUrl } = await inviteFirstAdmin(
    { dataSource: app.get(DataSource), events: app.get(EventsService), audit: app.get(AuditService) },
    { email, displayName },
    config.publicUrl,
  );
  await app.close();
  console.log(`Administrator invited. Open this link within 7 days to set the password:\n${inviteUrl}`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Could not invite: ${(error as Error).message}`);
  process.exit(1);
}
