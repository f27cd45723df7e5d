import { AuditResolver } from '../audit/audit.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { SecondFactorResolver } from '../auth/second-factor/second-factor.resolver.js';
import { MySessionsResolver } from '../auth/sessions/my-sessions.resolver.js';
import { JobsResolver } from '../jobs/jobs.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { ContactsResolver } from '../modules/contacts/contacts.resolver.js';
import { MaterialCommentsResolver } from '../modules/materials/material-comments.resolver.js';
import { DocumentsResolver } from '../modules/documents/documents.resolver.js';
import { MaterialsResolver } from '../modules/materials/materials.resolver.js';
import { OrganizationsResolver } from '../modules/organizations/organizations.resolver.js';
import { NotificationsResolver } from '../modules/notifications/notifications.resolver.js';
import { UsersResolver } from '../modules/users/users.resolver.js';
import { CampaignsResolver } from '../modules/campaigns/campaigns.resolver.js';
import { MaterialCampaignResolver } from '../modules/campaigns/material-campaign.resolver.js';

/** Every resolver, for writing schema.gql without a database; a test checks it matches the running app. */
export const RESOLVERS = [
  AuthResolver,
  SecondFactorResolver,
  MySessionsResolver,
  UsersResolver,
  OrganizationsResolver,
  ContactsResolver,
  MaterialsResolver,
  MaterialCommentsResolver,
  DocumentsResolver,
  JobsResolver,
  AuditResolver,
  CalendarResolver,
  NotificationsResolver,
  CampaignsResolver,
  MaterialCampaignResolver,
];
