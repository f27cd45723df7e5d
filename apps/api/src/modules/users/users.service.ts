import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@portal/domain';
import type { DataSource, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { SessionsService } from '../../auth/sessions.service.js';
import { fieldError, forbidden, notFound } from '../../common/app-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/env.js';
import { EventsService } from '../../jobs/events.service.js';
import type { InviteUserInput, UpdatePreferencesInput } from './dto/user.input.js';
import { createInvitedUser } from './create-invited-user.js';
import { UserEntity, type UserStatus } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor): Promise<UserEntity[]> {
    if (!actor.ability.can('manage', 'User')) throw forbidden();
    return this.users.find({ order: { displayName: 'ASC' }, take: 1000 });
  }

  /** Creates the account (no password yet) and a one-time link, in one transaction with its outbox message. */
  invite(actor: Actor, input: InviteUserInput): Promise<{ user: UserEntity; inviteUrl: string }> {
    if (!actor.ability.can('create', 'Invite')) throw forbidden();
    return this.dataSource.transaction(async (tx) => {
      const invited = await createInvitedUser(tx, this.events, input, actor.user.id, this.config.publicUrl);
      const { user } = invited;
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'user.invite',
        subjectType: 'User',
        subjectId: user.id,
        summary: { email: user.email, roles: user.roles, organizationId: user.organizationId },
      });
      return invited;
    });
  }

  async setRoles(actor: Actor, id: string, roles: Role[]): Promise<UserEntity> {
    if (!actor.ability.can('manage', 'User')) throw forbidden();
    const user = await this.getOrFail(id);
    if (user.id === actor.user.id && !roles.includes('admin')) {
      throw fieldError('input.roles', 'ownAdminRole', 'you cannot remove your own admin role');
    }
    const before = user.roles;
    user.roles = [...new Set(roles)];
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(user);
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'user.role_change',
        subjectType: 'User',
        subjectId: user.id,
        summary: { roles: { from: before, to: saved.roles } },
      });
      return saved;
    });
  }

  async setStatus(actor: Actor, id: string, status: Extract<UserStatus, 'active' | 'deactivated'>) {
    if (!actor.ability.can('manage', 'User')) throw forbidden();
    const user = await this.getOrFail(id);
    if (user.id === actor.user.id) throw fieldError('id', 'ownAccount', 'you cannot deactivate yourself');
    if (status === 'active' && !user.passwordHash) {
      throw fieldError('id', 'inviteNotAccepted', 'the invitation has not been accepted yet');
    }
    const before = user.status;
    user.status = status;
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(user);
      if (status === 'deactivated') await this.sessions.revokeAllForUser(user.id, undefined, tx);
      await this.audit.record(tx, {
        actor: actor.user,
        action: status === 'deactivated' ? 'user.deactivate' : 'user.reactivate',
        subjectType: 'User',
        subjectId: user.id,
        summary: { status: { from: before, to: status } },
      });
      return saved;
    });
  }

  async updatePreferences(actor: Actor, input: UpdatePreferencesInput): Promise<UserEntity> {
    await this.dataSource.transaction(async (tx) => {
      await tx.update(UserEntity, { id: actor.user.id }, { language: input.language });
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'user.preferences',
        subjectType: 'User',
        subjectId: actor.user.id,
        summary: { language: { from: actor.user.language, to: input.language } },
      });
    });
    return this.getOrFail(actor.user.id);
  }

  private async getOrFail(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('User');
    return user;
  }
}
