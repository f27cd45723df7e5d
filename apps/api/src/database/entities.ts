import { LoginAttemptEntity } from '../auth/login-attempt.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { ContactEntity } from '../modules/contacts/contact.entity.js';
import { OrganizationEntity } from '../modules/organizations/organization.entity.js';
import { InviteEntity } from '../modules/users/invite.entity.js';
import { OutboxMessageEntity } from '../modules/users/outbox-message.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { SeedRunEntity } from '../seed/seed-run.entity.js';

export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  InviteEntity,
  OutboxMessageEntity,
  SessionEntity,
  LoginAttemptEntity,
  ContactEntity,
  SeedRunEntity,
];
