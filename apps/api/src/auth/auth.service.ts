import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { rulesFor } from '@portal/authz';
import { needsSecondFactor, rolesInForce } from '@portal/domain';
import { type DataSource, IsNull, MoreThan, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppError, fieldError } from '../common/app-error.js';
import { InviteEntity } from '../modules/users/invite.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import type { Actor } from './actor.js';
import type { AcceptInviteInput, ChangePasswordInput, SignInInput } from './dto/auth.input.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { SecondFactorService, type AcceptedCode } from './second-factor/second-factor.service.js';
import { SessionsService } from './sessions.service.js';
import { hashToken } from './tokens.js';

export interface ClientMeta {
  ip: string;
  userAgent: string | null;
  /** The session this browser held before, replaced (never reused) on sign-in. */
  previousSessionId?: string;
}

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'Wrong e-mail or password');
const invalidInvite = () => new AppError('INVALID_TOKEN', 'This invitation link is invalid, used or expired');

const secondFactorRequired = () =>
  new AppError('SECOND_FACTOR_REQUIRED', 'Enter the code of your authenticator app or a recovery code');
const wrongCode = () => fieldError('input.code', 'wrongCode', 'wrong or already used code');

/** The roles a person acts with now: approving and administering wait for a second factor. */
export const rolesOf = (user: UserEntity) => rolesInForce(user.roles, user.twoFactorEnabledAt !== null);

export function viewerOf(user: UserEntity) {
  const rules = rulesFor({ id: user.id, roles: rolesOf(user), organizationId: user.organizationId });
  return {
    user,
    abilityRules: JSON.stringify(rules),
    twoFactorEnabled: user.twoFactorEnabledAt !== null,
    twoFactorRequired: needsSecondFactor(user.roles),
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  /**
   * Password, then (for a person with an authenticator) a code in the same call: without one the answer asks for it,
   * and the client sends both again. A wrong code is a failed attempt like a wrong password.
   */
  async signIn(input: SignInInput, meta: ClientMeta) {
    const email = input.email.trim().toLowerCase();
    const user = await this.users.findOneBy({ email });
    // Set inside the throttled check; `as` keeps TypeScript from narrowing them to their first values.
    let passwordOk = false as boolean;
    let codeMissing = false as boolean;
    let accepted = null as AcceptedCode | null;
    const ok = await this.throttle.attempt(email, meta.ip, async () => {
      passwordOk =
        (await this.passwords.verify(user?.passwordHash ?? null, input.password)) && user?.status === 'active';
      if (!passwordOk || !user?.twoFactorEnabledAt) return passwordOk;
      if (!input.code) return (codeMissing = true);
      accepted = await this.secondFactor.acceptCode(user.id, input.code);
      return accepted !== null;
    });
    if (codeMissing) throw secondFactorRequired();
    if (!ok || !user) {
      // Nothing else changes on a failure, so the entry is a statement of its own (the claimed e-mail, no actor).
      await this.audit.record(this.dataSource.manager, {
        actor: null,
        actorLabel: email,
        action: 'auth.sign_in_failed',
        subjectType: 'User',
        subjectId: user?.id ?? null,
        summary: passwordOk ? { ip: meta.ip, reason: 'code' } : { ip: meta.ip },
      });
      throw passwordOk ? wrongCode() : invalidCredentials();
    }
    return this.startSession(user, meta, accepted ? { secondFactor: accepted } : {});
  }

  async inviteInfo(token: string) {
    const invite = await this.liveInvite(token);
    return { email: invite.user!.email, displayName: invite.user!.displayName };
  }

  async acceptInvite(input: AcceptInviteInput, meta: ClientMeta) {
    const invite = await this.liveInvite(input.token);
    const user = invite.user!;
    this.passwords.assertAcceptable('input.password', input.password, user.email);
    const passwordHash = await this.passwords.hash(input.password);
    await this.dataSource.transaction(async (tx) => {
      // Marking the invite used only if still unused makes a double submission lose cleanly.
      const used = await tx.update(InviteEntity, { id: invite.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (used.affected !== 1) throw invalidInvite();
      await tx.update(UserEntity, { id: user.id }, { passwordHash, status: 'active' });
      await this.audit.record(tx, {
        actor: user,
        action: 'user.accept_invite',
        subjectType: 'User',
        subjectId: user.id,
        summary: { status: { from: user.status, to: 'active' } },
      });
    });
    return this.startSession({ ...user, status: 'active' }, meta);
  }

  /** The current password is a password check like sign-in: same limits, recorded with the sign-in attempts. */
  async changePassword(actor: Actor, input: ChangePasswordInput, meta: Pick<ClientMeta, 'ip'>): Promise<boolean> {
    const user = actor.user;
    this.passwords.assertAcceptable('input.newPassword', input.newPassword, user.email);
    const ok = await this.throttle.attempt(user.email, meta.ip, () =>
      this.passwords.verify(user.passwordHash, input.currentPassword),
    );
    if (!ok) {
      throw new AppError('BAD_USER_INPUT', 'currentPassword: wrong password', {
        fields: [{ field: 'input.currentPassword', reason: 'wrongPassword', message: 'wrong password' }],
      });
    }
    const passwordHash = await this.passwords.hash(input.newPassword);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.revokeAllForUser(user.id, actor.sessionId, tx);
      await this.audit.record(tx, {
        actor: user,
        action: 'user.change_password',
        subjectType: 'User',
        subjectId: user.id,
      });
    });
    return true;
  }

  async signOut(actor: Actor | null): Promise<void> {
    if (!actor) return;
    await this.dataSource.transaction(async (tx) => {
      await this.sessions.revoke(actor.sessionId, tx);
      const entry = { actor: actor.user, action: 'auth.sign_out', subjectType: 'User', subjectId: actor.user.id };
      await this.audit.record(tx, entry);
    });
  }

  private async liveInvite(token: string) {
    const invite = await this.dataSource.getRepository(InviteEntity).findOne({
      where: { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!invite?.user || invite.user.status !== 'invited') throw invalidInvite();
    return invite;
  }

  private async startSession(user: UserEntity, meta: ClientMeta, summary: Record<string, string> = {}) {
    const lastSignInAt = new Date();
    const token = await this.dataSource.transaction(async (tx) => {
      if (meta.previousSessionId) await this.sessions.revoke(meta.previousSessionId, tx);
      const { token: newToken } = await this.sessions.create(user.id, meta, tx);
      await tx.update(UserEntity, { id: user.id }, { lastSignInAt });
      await this.audit.record(tx, {
        actor: user,
        action: 'auth.sign_in',
        subjectType: 'User',
        subjectId: user.id,
        summary: { ip: meta.ip, ...summary },
      });
      return newToken;
    });
    return { token, viewer: viewerOf({ ...user, lastSignInAt }) };
  }
}
