/** argon2id parameters; every hash records its own, so hashes made under another setting keep verifying. */
export interface PasswordHashCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export const PASSWORD_HASH_COSTS = {
  // The argon2 library's defaults (64 MiB, 3 passes, 4 lanes): above OWASP's argon2id minimum.
  strong: { memoryCost: 65_536, timeCost: 3, parallelism: 4 },
  // Only for tests and benchmarks, where a strong hash (~1 s per verify on a busy 2-core machine) dominates run time.
  fast: { memoryCost: 1_024, timeCost: 1, parallelism: 1 },
} as const satisfies Record<string, PasswordHashCost>;

export type PasswordHashCostName = keyof typeof PASSWORD_HASH_COSTS;
