import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Like, type DataSource, type EntityManager } from 'typeorm';
import { PasswordService } from '../auth/password.service.js';
import { TotpSecretEntity } from '../auth/second-factor/totp-secret.entity.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { normaliseContact } from '../modules/contacts/contact-rules.js';
import { ContactEntity } from '../modules/contacts/contact.entity.js';
import type { ContactInput } from '../modules/contacts/dto/contact.input.js';
import { OrganizationEntity } from '../modules/organizations/organization.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { DEMO_CONTACTS, DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_TOTP_SECRETS, DEMO_USERS } from './demo-data.js';
import { loadDemoCalendar } from './load-demo-calendar.js';
import { loadDemoCampaigns } from './load-demo-campaigns.js';
import { loadDemoMaterials } from './load-demo-materials.js';
import { SeedRunEntity } from './seed-run.entity.js';

const SEED_NAME = 'demo-v1';
const MATERIALS_SEED = 'demo-materials-v1';
const TWO_FACTOR_SEED = 'demo-two-factor-v1';
const CALENDAR_SEED = 'demo-calendar-v1';
const CAMPAIGNS_SEED = 'demo-campaigns-v1';
const SEED_LOCK = 7_201_601;

@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.production) await this.refuseDemoCredentials();
    else if (this.config.demoData) await this.seedOnce();
  }

  /** Loads the demo data exactly once per database, even with several instances starting together. */
  async seedOnce(): Promise<boolean> {
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      let loaded = false;
      if (!(await tx.existsBy(SeedRunEntity, { name: SEED_NAME }))) {
        await this.load(tx, passwordHash);
        await tx.insert(SeedRunEntity, { name: SEED_NAME });
        this.logger.log('Demo data loaded (accounts *@portal.test, password "portal-demo")');
        loaded = true;
      }
      // Later demo sets run once too, also on installations that already had the first one.
      // Before the materials, which are filed under these campaigns by theme.
      if (!(await tx.existsBy(SeedRunEntity, { name: CAMPAIGNS_SEED }))) {
        await loadDemoCampaigns(tx);
        await tx.insert(SeedRunEntity, { name: CAMPAIGNS_SEED });
        loaded = true;
      }
      if (!(await tx.existsBy(SeedRunEntity, { name: MATERIALS_SEED }))) {
        await loadDemoMaterials(tx);
        await tx.insert(SeedRunEntity, { name: MATERIALS_SEED });
        loaded = true;
      }
      if (!(await tx.existsBy(SeedRunEntity, { name: TWO_FACTOR_SEED }))) {
        await this.enrolDemoAuthenticators(tx);
        await tx.insert(SeedRunEntity, { name: TWO_FACTOR_SEED });
        loaded = true;
      }
      if (!(await tx.existsBy(SeedRunEntity, { name: CALENDAR_SEED }))) {
        await loadDemoCalendar(tx);
        await tx.insert(SeedRunEntity, { name: CALENDAR_SEED });
        loaded = true;
      }
      return loaded;
    });
  }

  /** The demo admin and approver sign in with a code, as their roles require; the secrets are in the README. */
  private async enrolDemoAuthenticators(tx: EntityManager): Promise<void> {
    const now = new Date();
    for (const [email, secret] of Object.entries(DEMO_TOTP_SECRETS)) {
      const user = await tx.findOneBy(UserEntity, { email });
      if (!user || user.twoFactorEnabledAt) continue;
      await tx.upsert(TotpSecretEntity, { userId: user.id, secret, confirmedAt: now, lastUsedStep: null }, ['userId']);
      await tx.update(UserEntity, { id: user.id }, { twoFactorEnabledAt: now });
    }
  }

  private async load(tx: EntityManager, passwordHash: string): Promise<void> {
    const orgIds = new Map<string, string>();
    for (const { key, ...org } of DEMO_ORGANIZATIONS) {
      const saved = await tx.save(tx.create(OrganizationEntity, { shortName: null, website: null, ...org }));
      orgIds.set(key, saved.id);
    }
    for (const user of DEMO_USERS) {
      await tx.insert(UserEntity, {
        email: user.email,
        displayName: user.displayName,
        roles: user.roles,
        language: user.language,
        organizationId: orgIds.get(user.org) ?? null,
        status: 'active',
        passwordHash,
      });
    }
    for (const { org, ...contact } of DEMO_CONTACTS) {
      const input = { emails: [], ...contact, organizationId: org ? orgIds.get(org) : null } as ContactInput;
      const { values, errors } = normaliseContact(input);
      if (errors.length) throw new Error(`Demo contact ${contact.name} is invalid: ${JSON.stringify(errors)}`);
      await tx.insert(ContactEntity, values);
    }
  }

  /** Production must never run with the published demo password. */
  private async refuseDemoCredentials(): Promise<void> {
    const demoUsers = await this.dataSource.getRepository(UserEntity).findBy({ email: Like('%@portal.test') });
    for (const user of demoUsers) {
      if (user.status === 'active' && (await this.passwords.verify(user.passwordHash, DEMO_PASSWORD))) {
        throw new Error(
          `Refusing to start in production: ${user.email} still has the demo password. Deactivate it or change its password.`,
        );
      }
    }
  }
}
