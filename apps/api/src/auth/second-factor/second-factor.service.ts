import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import QRCode from 'qrcode';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { conflict, fieldError, forbidden, notFound } from '../../common/app-error.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import type { Actor } from '../actor.js';
import { LoginThrottleService } from '../login-throttle.service.js';
import { SessionsService } from '../sessions.service.js';
import { hashToken } from '../tokens.js';
import { RecoveryCodeEntity } from './recovery-code.entity.js';
import { TotpSecretEntity } from './totp-secret.entity.js';
import { acceptedTotpStep, newTotpSecret, totpUri } from './totp.js';

export const RECOVERY_CODE_COUNT = 10;

/** 80 random bits in four groups of five hex digits; typed back in any case, with or without dashes. */
const newRecoveryCode = () => randomBytes(10).toString('hex').match(/.{5}/g)!.join('-');
const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[^0-9a-f]/g, '');

export type AcceptedCode = 'totp' | 'recovery_code';

const wrongCode = (field: string) => fieldError(field, 'wrongCode', 'wrong or already used code');

@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Accepts a sign-in code of a person with a confirmed authenticator: a code of the authenticator newer than the
   * last one accepted, or an unused recovery code. Either is used up by this call.
   */
  async acceptCode(userId: string, code: string): Promise<AcceptedCode | null> {
    const typed = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(typed)) {
      const secret = await this.dataSource.getRepository(TotpSecretEntity).findOneBy({ userId });
      if (!secret?.confirmedAt) return null;
      return (await this.useTotp(this.dataSource.manager, secret, typed)) ? 'totp' : null;
    }
    const codeHash = hashToken(normalizeRecoveryCode(typed));
    const used = await this.dataSource
      .getRepository(RecoveryCodeEntity)
      .update({ userId, codeHash, usedAt: IsNull() }, { usedAt: new Date(this.clock.now()) });
    return used.affected === 1 ? 'recovery_code' : null;
  }

  /** A new authenticator secret for the signed-in person, to confirm with a code; replaces an unconfirmed one. */
  async startEnrolment(actor: Actor) {
    const user = actor.user;
    if (user.twoFactorEnabledAt) throw conflict('Two-factor sign-in is already on');
    const secret = newTotpSecret();
    const otpauthUri = totpUri(secret, user.email);
    await this.dataSource.transaction(async (tx) => {
      await tx.upsert(TotpSecretEntity, { userId: user.id, secret, confirmedAt: null, lastUsedStep: null }, ['userId']);
      await this.audit.record(tx, {
        actor: user,
        action: 'user.two_factor_start',
        subjectType: 'User',
        subjectId: user.id,
      });
    });
    return { secret, otpauthUri, qrCode: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) };
  }

  /**
   * Turns two-factor sign-in on once the person proves their app has the secret; returns the recovery codes, shown
   * this once. The code counts as a sign-in attempt, within the same limits.
   */
  async confirmEnrolment(actor: Actor, code: string, ip: string): Promise<string[]> {
    const user = actor.user;
    if (user.twoFactorEnabledAt) throw conflict('Two-factor sign-in is already on');
    const secret = await this.dataSource.getRepository(TotpSecretEntity).findOneBy({ userId: user.id });
    if (!secret) throw fieldError('code', 'enrolmentNotStarted', 'start the enrolment first');
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    let confirmed = false;
    const ok = await this.throttle.attempt(user.email, ip, () =>
      this.dataSource.transaction(async (tx) => {
        if (!(await this.useTotp(tx, secret, code.replace(/\s/g, '')))) return false;
        const now = new Date(this.clock.now());
        await tx.update(TotpSecretEntity, { userId: user.id }, { confirmedAt: now });
        await tx.update(UserEntity, { id: user.id }, { twoFactorEnabledAt: now });
        await tx.delete(RecoveryCodeEntity, { userId: user.id });
        await tx.insert(
          RecoveryCodeEntity,
          codes.map((c) => ({ userId: user.id, codeHash: hashToken(normalizeRecoveryCode(c)) })),
        );
        await this.audit.record(tx, {
          actor: user,
          action: 'user.two_factor_enable',
          subjectType: 'User',
          subjectId: user.id,
        });
        confirmed = true;
        return true;
      }),
    );
    if (!ok || !confirmed) throw wrongCode('code');
    return codes;
  }

  /** An admin turns a person's second factor off (a lost phone); they enrol again at their next sign-in. */
  async reset(actor: Actor, userId: string): Promise<UserEntity> {
    if (!actor.ability.can('manage', 'User')) throw forbidden();
    return this.dataSource.transaction(async (tx) => {
      const user = await tx.findOneBy(UserEntity, { id: userId });
      if (!user) throw notFound('User');
      await tx.delete(TotpSecretEntity, { userId });
      await tx.delete(RecoveryCodeEntity, { userId });
      await tx.update(UserEntity, { id: userId }, { twoFactorEnabledAt: null });
      // Whoever held a session on the strength of the old factor starts again.
      await this.sessions.revokeAllForUser(userId, userId === actor.user.id ? actor.sessionId : undefined, tx);
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'user.two_factor_reset',
        subjectType: 'User',
        subjectId: userId,
        summary: { twoFactor: { from: user.twoFactorEnabledAt !== null, to: false } },
      });
      return { ...user, twoFactorEnabledAt: null };
    });
  }

  /** Marks the code's time step used, only if newer than the last: of two uses of one code, one wins. */
  private async useTotp(manager: EntityManager, secret: TotpSecretEntity, code: string): Promise<boolean> {
    const last = secret.lastUsedStep === null ? null : Number(secret.lastUsedStep);
    const step = await acceptedTotpStep(secret.secret, code, this.clock.now(), last);
    if (step === null) return false;
    const used = await manager
      .createQueryBuilder()
      .update(TotpSecretEntity)
      .set({ lastUsedStep: String(step) })
      .where('user_id = :userId AND (last_used_step IS NULL OR last_used_step < :step)', {
        userId: secret.userId,
        step,
      })
      .execute();
    return used.affected === 1;
  }
}
