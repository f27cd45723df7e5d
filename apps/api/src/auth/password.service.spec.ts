import { loadConfig } from '../config/env.js';
import { PASSWORD_HASH_COSTS } from './password-hash-cost.js';
import { PasswordService } from './password.service.js';

const base = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/portal' };
/** The cost an argon2 hash string records: `$argon2id$v=19$m=…,t=…,p=…$salt$hash` (in any order). */
const costIn = (hash: string) => {
  const params = Object.fromEntries(
    hash
      .split('$')[3]
      .split(',')
      .map((kv) => kv.split('=')),
  );
  return [params.m, params.t, params.p].map(Number);
};

describe('PasswordService', () => {
  it('hashes with argon2id at the strong cost in production', async () => {
    const { memoryCost, timeCost, parallelism } = PASSWORD_HASH_COSTS.strong;
    const production = new PasswordService(loadConfig({ ...base, NODE_ENV: 'production' }));
    const hash = await production.hash('a production passphrase');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(costIn(hash)).toEqual([memoryCost, timeCost, parallelism]);
    expect(memoryCost).toBeGreaterThanOrEqual(19_456);
    expect(timeCost).toBeGreaterThanOrEqual(2);
  });

  it('hashes at the configured cost and verifies hashes made at any other', async () => {
    const fast = new PasswordService(loadConfig({ ...base, PASSWORD_HASH_COST: 'fast' }));
    const strong = new PasswordService(loadConfig(base));
    const cheap = await fast.hash('a test passphrase');
    const { memoryCost, timeCost, parallelism } = PASSWORD_HASH_COSTS.fast;
    expect(costIn(cheap)).toEqual([memoryCost, timeCost, parallelism]);
    expect(await strong.verify(cheap, 'a test passphrase')).toBe(true);
    expect(await fast.verify(await strong.hash('a strong passphrase'), 'a strong passphrase')).toBe(true);
    expect(await fast.verify(cheap, 'another passphrase')).toBe(false);
    expect(await fast.verify(null, 'a test passphrase')).toBe(false);
  });
});
