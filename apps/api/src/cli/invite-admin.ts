// Creates the first administrator of a production installation (demo accounts are refused there) and prints the
// one-time link to set a password:  node apps/api/dist/cli/invite-admin.js admin@example.kg "Full Name"
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/env.js';
import { runMigrationsOnce } from '../database/run-migrations.js';
import { typeormOptions } from '../database/typeorm-options.js';
import { createInvitedUser } from '../modules/users/create-invited-user.js';

const [email, displayName] = process.argv.slice(2);
if (!email || !displayName) {
  console.error('Usage: node apps/api/dist/cli/invite-admin.js <email> "<display name>"');
  process.exit(2);
}
try {
  const config = loadConfig(process.env);
  const dataSource = await new DataSource(typeormOptions(config.databaseUrl)).initialize();
  await runMigrationsOnce(dataSource);
  const { inviteUrl } = await dataSource.transaction((tx) =>
    createInvitedUser(tx, { email, displayName, roles: ['admin'], language: 'ru' }, null, config.publicUrl),
  );
  await dataSource.destroy();
  console.log(`Administrator invited. Open this link within 7 days to set the password:\n${inviteUrl}`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Could not invite: ${(error as Error).message}`);
  process.exit(1);
}
