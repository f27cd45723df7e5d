import { generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 defaults, which every authenticator app uses. */
export const TOTP_PERIOD_SECONDS = 30;
/** One step either side, for a phone whose clock is a little off and for the time it takes to type. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const ISSUER = 'Portal';

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, account: string): string =>
  generateURI({ issuer: ISSUER, label: account, secret });

/**
 * The time step of the code if it is right at `nowMs` and newer than `afterStep` (the last one accepted), else null:
 * a code is never accepted twice, nor one older than a code already used.
 */
export async function acceptedTotpStep(
  secret: string,
  code: string,
  nowMs: number,
  afterStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? Number(result.timeStep) : null;
}
