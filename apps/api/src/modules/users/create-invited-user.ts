import type { Language, Role } from '@portal/domain';
import type { EntityManager } from 'typeorm';
import { hashToken, newToken } from '../../auth/tokens.js';
import { conflict, fieldError } from '../../common/app-error.js';
import type { EventsService } from '../../jobs/events.service.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { InviteEntity } from './invite.entity.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { UserEntity } from './user.entity.js';

export const INVITE_TTL_MS = 7 * 24 * 3_600_000;

export interface NewUser {
  email: string;
  displayName: string;
  organizationId?: string | null;
  roles: Role[];
  language: Language;
}

/**
 * Creates an account without a password and its one-time sign-up link, with the message that will carry it and the
 * `user.invited` event whose consumer delivers it. Run inside the caller's transaction; used by the admin screen and
 * by the first-admin command.
 */
export async function createInvitedUser(
  tx: EntityManager,
  events: EventsService,
  input: NewUser,
  createdBy: string | null,
  publicUrl: string,
): Promise<{ user: UserEntity; inviteUrl: string }> {
  const email = input.email.trim().toLowerCase();
  if (await tx.existsBy(UserEntity, { email })) {
    throw conflict('A user with this e-mail already exists', { field: 'input.email' });
  }
  if (input.organizationId && !(await tx.existsBy(OrganizationEntity, { id: input.organizationId }))) {
    throw fieldError('input.organizationId', 'notFound', 'organization does not exist');
  }
  const user = await tx.save(
    tx.create(UserEntity, {
      email,
      displayName: input.displayName.trim(),
      organizationId: input.organizationId ?? null,
      roles: [...new Set(input.roles)],
      language: input.language,
      status: 'invited',
    }),
  );
  const token = newToken();
  const inviteUrl = `${publicUrl}/invite/${token}`;
  await tx.insert(InviteEntity, {
    userId: user.id,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + INVITE_TTL_MS),
    createdBy,
  });
  const message = await tx.insert(OutboxMessageEntity, {
    recipient: email,
    subject: 'Portal invitation',
    body: `You are invited to the working-group portal. Set your password here (valid 7 days): ${inviteUrl}`,
  });
  await events.record(tx, {
    type: 'user.invited',
    subjectType: 'User',
    subjectId: user.id,
    actorId: createdBy,
    payload: { messageId: message.identifiers[0].id },
  });
  return { user, inviteUrl };
}
