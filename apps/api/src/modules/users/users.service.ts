import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@portal/domain';
import type { DataSource, Repository } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { SessionsService } from '../../auth/sessions.service.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { conflict, fieldError, forbidden, notFound } from '../../common/app-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/env.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import type { InviteUserInput, UpdatePreferencesInput } from './dto/user.input.js';
import { InviteEntity } from './invite.entity.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { UserEntity, type UserStatus } from './user.entity.js';

export const INVITE_TTL_MS = 7 * 24 * 3_600_000;

@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(actor: Actor): Promise<UserEntity[]> {
    if (!actor.ability.can('manage', 'User')) throw forbidden();
    return this.users.find({ order: { displayName: 'ASC' }, take: 1000 });
  }

  /** Creates the account (no password yet) and a one-time link, in one transaction with its outbox message. */
  async invite(actor: Actor, input: InviteUserInput): Promise<{ user: UserEntity; inviteUrl: string }> {
    if (!actor.ability.can('create', 'Invite')) throw forbidden();
    const email = input.email.trim().toLowerCase();
    const token = newToken();
    const inviteUrl = `${this.config.publicUrl}/invite/${token}`;
    const user = await this.dataSource.transaction(async (tx) => {
      if (await tx.existsBy(UserEntity, { email })) {
        throw conflict('A user with this e-mail already exists', { field: 'input.email' });
      }
      if (input.organizationId && !(await tx.existsBy(OrganizationEntity, { id: input.organizationId }))) {
        throw fieldError('input.organizationId', 'notFound', 'organization does not exist');
      }
      const created = await tx.save(
        tx.create(UserEntity, {
          email,
          displayName: input.displayName.trim(),
          organizationId: input.organizationId ?? null,
          roles: [...new Set(input.roles)],
          language: input.language,
          status: 'invited',
        }),
      );
      await tx.insert(InviteEntity, {
        userId: created.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITE_TTL_MS),
        createdBy: actor.user.id,
      });
      await tx.insert(OutboxMessageEntity, {
        recipient: email,
        subject: 'Portal invitation',
        body: `You are invited to the working-group portal. Set your password here (valid 7 days): ${inviteUrl}`,
      });
      return created;
    });
    this.logger.log(`Invitation for ${email}: ${inviteUrl}`);
    return { user, inviteUrl };
  }

  async setRoles(actor: Actor, id: string, roles: Role[]): Promise<UserEntity> {
    if (!actor.ability.can('manage', 'User')) throw forbidden();
    const user = await this.getOrFail(id);
    if (user.id === actor.user.id && !roles.includes('admin')) {
      throw fieldError('input.roles', 'ownAdminRole', 'you cannot remove your own admin role');
    }
    user.roles = [...new Set(roles)];
    return this.users.save(user);
  }

  async setStatus(actor: Actor, id: string, status: Extract<UserStatus, 'active' | 'deactivated'>) {
    if (!actor.ability.can('manage', 'User')) throw forbidden();
    const user = await this.getOrFail(id);
    if (user.id === actor.user.id) throw fieldError('id', 'ownAccount', 'you cannot deactivate yourself');
    if (status === 'active' && !user.passwordHash) {
      throw fieldError('id', 'inviteNotAccepted', 'the invitation has not been accepted yet');
    }
    user.status = status;
    const saved = await this.users.save(user);
    if (status === 'deactivated') await this.sessions.revokeAllForUser(user.id);
    return saved;
  }

  async updatePreferences(actor: Actor, input: UpdatePreferencesInput): Promise<UserEntity> {
    await this.users.update({ id: actor.user.id }, { language: input.language });
    return this.getOrFail(actor.user.id);
  }

  private async getOrFail(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('User');
    return user;
  }
}
