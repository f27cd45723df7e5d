import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import { baseUrl } from './portal';

/** The demo admin's and approver's authenticator secrets (README, demo mode only). */
export const DEMO_TOTP_SECRETS: Record<string, string> = {
  'admin@portal.test': 'PORTALDEMOADMINSECRETKEY234567AB',
  'approver@portal.test': 'PORTALDEMOAPPROVERSECRETKEY23456',
};

const PERIOD_MS = 30_000;

/** Last time step used per account, shared by every test file of the run (each is a fresh module registry). */
function usedStepsFile(): string {
  return path.join(tmpdir(), `portal-e2e-totp-${new URL(baseUrl()).port}.json`);
}

/**
 * A code the portal will accept for this secret now, computed as the phone would. The portal accepts each time step
 * once, in order, and the step after the current one too: when both are used up, wait for the next step as a person
 * would wait for the next code.
 */
export async function freshTotpCode(secret: string): Promise<string> {
  const file = usedStepsFile();
  const used: Record<string, number> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const current = Math.floor(Date.now() / PERIOD_MS);
  const step = Math.max(current, (used[secret] ?? -1) + 1);
  if (step > current + 1) {
    await new Promise((resolve) => setTimeout(resolve, (step - 1) * PERIOD_MS - Date.now() + 500));
  }
  used[secret] = step;
  writeFileSync(file, JSON.stringify(used));
  return generate({ secret, epoch: Math.floor((step * PERIOD_MS + 1000) / 1000) });
}
