import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import type { EventsService } from '../jobs/events.service.js';
import { createInvitedUser } from '../modules/users/create-invited-user.js';

/** Who the audit log names for what the command line did: nobody signed in, an operator on the server. */
export const CLI_ACTOR_LABEL = 'command line (invite-admin)';

/**
 * Invites an administrator from the command line, in one transaction with its audit entry (like an invitation from
 * the admin screen, with no signed-in actor). Returns the one-time link to set the password.
 */
export function inviteFirstAdmin(
  deps: { dataSource: DataSource; events: EventsService; audit: AuditService },
  input: { email: string; displayName: string },
  publicUrl: string,
): Promise<{ userId: string; inviteUrl: string }> {
  return deps.dataSource.transaction(async (tx) => {
    const { user, inviteUrl } = await createInvitedUser(
      tx,
      deps.events,
      { ...input, roles: ['admin'], language: 'ru' },
      null,
      publicUrl,
    );
    await deps.audit.record(tx, {
      actor: null,
      actorLabel: CLI_ACTOR_LABEL,
      action: 'user.invite',
      subjectType: 'User',
      subjectId: user.id,
      summary: { email: user.email, roles: user.roles, organizationId: user.organizationId },
    });
    return { userId: user.id, inviteUrl };
  });
}
