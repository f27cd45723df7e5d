import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { needsSecondFactor, type Role } from '@portal/domain';
import argon2 from 'argon2';
import { generate, generateSecret } from 'otplib';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { PASSWORD_HASH_COSTS } from '../../src/auth/password-hash-cost.js';
import { TotpSecretEntity } from '../../src/auth/second-factor/totp-secret.entity.js';
import { TOTP_PERIOD_SECONDS } from '../../src/auth/second-factor/totp.js';
import type { Clock } from '../../src/common/clock.js';
import { loadConfig, type AppConfig } from '../../src/config/env.js';
import { queryCounter } from '../../src/database/query-counter.js';
import type { EventConsumer } from '../../src/jobs/event-consumer.js';
import { OrganizationEntity } from '../../src/modules/organizations/organization.entity.js';
import { UserEntity } from '../../src/modules/users/user.entity.js';
import { createTestDatabase } from './test-database.js';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

export interface SignedInUser {
  user: UserEntity;
  cookie: string;
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; reason: string }[] } }[];
  cookie: string | null;
}

/** The application's clock in tests: real time plus whatever the test moves it on by. */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

const PERIOD_MS = TOTP_PERIOD_SECONDS * 1000;

/** The real application on a real, freshly migrated database, listening on a random loopback port. */
export class TestApp {
  private readonly signedIn = new Map<string, Promise<SignedInUser>>();

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly config: AppConfig,
    private readonly dropDatabase: () => Promise<void>,
    readonly clock: TestClock,
  ) {}

  /** Starts on a new database, or on `database` (closing the app then calls its `drop`); tests may add consumers. */
  static async start(
    env: Record<string, string> = {},
    database?: { url: string; drop: () => Promise<void> },
    options: { consumers?: EventConsumer[] } = {},
  ): Promise<TestApp> {
    const clock = new TestClock();
    const db = database ?? (await createTestDatabase());
    // Files (uploads, blobs) go to a directory of this app's own unless the test names one.
    const ownDataDir = env.DATA_DIR ? null : await mkdtemp(path.join(tmpdir(), 'portal-data-'));
    const config = loadConfig({
      ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      DEMO_DATA: 'false',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'error',
      // Production accepts only the strong cost (and its tests check that it uses it).
      ...(env.NODE_ENV === 'production' ? {} : { PASSWORD_HASH_COST: 'fast' }),
      JOBS_POLL_SECONDS: '0.5',
      JOBS_MONITOR_SECONDS: '1',
      JOBS_RETRY_DELAY_SECONDS: '1',
      JOBS_STOP_TIMEOUT_SECONDS: '5',
      ...env,
    });
    const app = await createApp(config, { ...options, clock });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address();
    const drop = async () => {
      await db.drop();
      if (ownDataDir) await rm(ownDataDir, { recursive: true, force: true });
    };
    return new TestApp(app, `http://127.0.0.1:${port}`, config, drop, clock);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.dropDatabase();
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    cookie?: string | null,
    headers: Record<string, string> = {},
  ): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResult<T>, 'status' | 'cookie'>;
    const setCookie = res.headers.get('set-cookie');
    return { status: res.status, ...body, data: body.data ?? null, cookie: setCookie ? setCookie.split(';')[0] : null };
  }

  /** Counts the SQL statements one call issues. */
  async countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = queryCounter.count;
    const result = await fn();
    return { result, statements: queryCounter.count - before };
  }

  async createOrganization(values: Partial<OrganizationEntity> = {}): Promise<OrganizationEntity> {
    const repo = this.dataSource.getRepository(OrganizationEntity);
    return repo.save(repo.create({ name: `Org ${Math.random().toString(36).slice(2)}`, type: 'cso', ...values }));
  }

  /**
   * A user with these roles; admins and approvers come with an authenticator already confirmed (the rule holds in
   * tests too), unless `values` sets `twoFactorEnabledAt` itself (null: not enrolled).
   */
  async createUser(roles: Role[], values: Partial<UserEntity> = {}): Promise<UserEntity> {
    passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, ...PASSWORD_HASH_COSTS.fast });
    const repo = this.dataSource.getRepository(UserEntity);
    const enrol = needsSecondFactor(roles) && !('twoFactorEnabledAt' in values);
    const user = await repo.save(
      repo.create({
        email: `${roles.join('-') || 'none'}-${Math.random().toString(36).slice(2)}@test.kg`,
        displayName: 'Test User',
        roles,
        status: 'active',
        passwordHash: await passwordHash,
        ...(enrol ? { twoFactorEnabledAt: new Date() } : {}),
        ...values,
      }),
    );
    if (enrol) await this.enrolTotp(user.id);
    return user;
  }

  /** Gives the user a confirmed authenticator secret (as enrolment would) and returns it. */
  async enrolTotp(userId: string, secret = generateSecret()): Promise<string> {
    await this.dataSource
      .getRepository(TotpSecretEntity)
      .upsert({ userId, secret, confirmedAt: new Date(), lastUsedStep: null }, ['userId']);
    await this.dataSource.getRepository(UserEntity).update({ id: userId }, { twoFactorEnabledAt: new Date() });
    return secret;
  }

  /** The code the user's authenticator shows now (or at `atMs`), as their phone would compute it. */
  async totpCode(secret: string, atMs = this.clock.now()): Promise<string> {
    return generate({ secret, epoch: Math.floor(atMs / 1000) });
  }

  /**
   * A fresh code for the user's authenticator: a code is accepted once, so the clock moves on to the next time step
   * when the current one is used up (as a person would wait for the next code).
   */
  async nextTotpCode(userId: string): Promise<string> {
    const row = await this.dataSource.getRepository(TotpSecretEntity).findOneByOrFail({ userId });
    const step = Math.floor(this.clock.now() / PERIOD_MS);
    const last = row.lastUsedStep === null ? -1 : Number(row.lastUsedStep);
    if (last >= step) this.clock.advance((last - step + 1) * PERIOD_MS);
    return this.totpCode(row.secret);
  }

  /** Signs in (with a fresh authenticator code if the account has one) and returns the session cookie. */
  async signIn(email: string, password = TEST_PASSWORD): Promise<string> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
    const code = user?.twoFactorEnabledAt ? await this.nextTotpCode(user.id) : undefined;
    const result = await this.gql('mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', {
      input: { email, password, ...(code ? { code } : {}) },
    });
    if (!result.cookie) throw new Error(`Sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
    return result.cookie;
  }

  /** A new user with these roles, signed in: for tests that change, sign out or deactivate the user. */
  async signInAs(roles: Role[], values: Partial<UserEntity> = {}): Promise<SignedInUser> {
    const user = await this.createUser(roles, values);
    return { user, cookie: await this.signIn(user.email) };
  }

  /**
   * One user per set of roles, signed in once per TestApp and shared by every test that just needs "someone with
   * these roles". Never sign it out, deactivate it or change its password or roles: use `signInAs` for that.
   */
  as(...roles: Role[]): Promise<SignedInUser> {
    const key = [...roles].sort().join('+');
    let signedIn = this.signedIn.get(key);
    if (!signedIn) {
      signedIn = this.signInAs(roles);
      this.signedIn.set(key, signedIn);
      signedIn.catch(() => this.signedIn.delete(key));
    }
    return signedIn;
  }
}
