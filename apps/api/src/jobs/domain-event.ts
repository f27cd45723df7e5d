/** Every kind of domain event; a consumer subscribes to some of them in `consumers.ts`. */
export const DOMAIN_EVENT_TYPES = [
  'material.transitioned',
  'user.invited',
  'calendar.event_changed',
  'meeting.invited',
  'document.version-added',
  'comment.added',
  'campaign.transitioned',
  'campaign.item-assigned',
] as const;
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

/** What a service records, in the transaction of the change it describes. */
export interface NewDomainEvent {
  type: DomainEventType;
  subjectType: string;
  subjectId: string;
  actorId: string | null;
  payload?: Record<string, unknown>;
}
