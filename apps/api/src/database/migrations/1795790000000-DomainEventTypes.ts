import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar, documents, campaigns and notifications were built side by side, and each migration re-created the event-type CHECK
 * with its own types only; whichever ran last would refuse the others' events. This sets the union.
 */
export class DomainEventTypes1795790000000 implements MigrationInterface {
  name = 'DomainEventTypes1795790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_type_check"`);
    await q.query(`ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_type_check" CHECK (type IN (
      'material.transitioned', 'user.invited', 'calendar.event_changed', 'meeting.invited', 'document.version-added',
      'comment.added', 'campaign.transitioned', 'campaign.item-assigned'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_type_check"`);
    await q.query(`ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_type_check"
      CHECK (type IN ('material.transitioned', 'user.invited', 'comment.added'))`);
  }
}
