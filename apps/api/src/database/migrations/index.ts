import { Initial1795529414004 } from './1795529414004-Initial.js';
import { ContactSearchText1795529900000 } from './1795529900000-ContactSearchText.js';
import { ContactListIndex1795529958822 } from './1795529958822-ContactListIndex.js';
import { Materials1795530257873 } from './1795530257873-Materials.js';
import { MaterialPublication1795530996643 } from './1795530996643-MaterialPublication.js';
import { MaterialListIndexes1795532088840 } from './1795532088840-MaterialListIndexes.js';
import { MediaCoverage1795532832591 } from './1795532832591-MediaCoverage.js';
import { OrganizationNameUnique1795610000000 } from './1795610000000-OrganizationNameUnique.js';
import { RevisionContributors1795620000000 } from './1795620000000-RevisionContributors.js';
import { RateLimitCounter1795630000000 } from './1795630000000-RateLimitCounter.js';
import { KyrgyzSearch1795640000000 } from './1795640000000-KyrgyzSearch.js';
import { DomainEvents1795650000000 } from './1795650000000-DomainEvents.js';
import { ContentKernel1795660000000 } from './1795660000000-ContentKernel.js';
import { AuditEvent1795670000000 } from './1795670000000-AuditEvent.js';
import { KernelUpkeep1795680000000 } from './1795680000000-KernelUpkeep.js';
import { ListProjectionIndexes1795690000000 } from './1795690000000-ListProjectionIndexes.js';
import { Files1795700000000 } from './1795700000000-Files.js';
import { Documents1795710000000 } from './1795710000000-Documents.js';
import { Calendar1795720000000 } from './1795720000000-Calendar.js';
import { Campaigns1795730000000 } from './1795730000000-Campaigns.js';
import { Notifications1795740000000 } from './1795740000000-Notifications.js';
import { TwoFactor1795750000000 } from './1795750000000-TwoFactor.js';
import { DomainEventTypes1795790000000 } from './1795790000000-DomainEventTypes.js';

/** Every migration, oldest first; the app and the TypeORM CLI both run this list. */
export const MIGRATIONS = [
  Initial1795529414004,
  ContactSearchText1795529900000,
  ContactListIndex1795529958822,
  Materials1795530257873,
  MaterialPublication1795530996643,
  MaterialListIndexes1795532088840,
  MediaCoverage1795532832591,
  OrganizationNameUnique1795610000000,
  RevisionContributors1795620000000,
  RateLimitCounter1795630000000,
  KyrgyzSearch1795640000000,
  DomainEvents1795650000000,
  ContentKernel1795660000000,
  AuditEvent1795670000000,
  KernelUpkeep1795680000000,
  ListProjectionIndexes1795690000000,
  Files1795700000000,
  Documents1795710000000,
  Calendar1795720000000,
  Campaigns1795730000000,
  Notifications1795740000000,
  TwoFactor1795750000000,
  DomainEventTypes1795790000000,
];
