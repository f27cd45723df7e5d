import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/env.js';
import { MailOutbox } from '../../mail/mail-outbox.service.js';
import type { EntityManager } from 'typeorm';
import type { DomainEventEntity } from '../../jobs/domain-event.entity.js';
import type { EventConsumer } from '../../jobs/event-consumer.js';
import { materialAudience } from './notification-recipients.js';
import { NotificationFanout } from './notification-fanout.js';

interface TransitionedMaterial {
  title: string;
  number: number;
  state: string;
  contributorIds: string[];
  createdBy: string | null;
  publishedRevisionId: string | null;
}

const AUTHORS = `(u.id = ANY(:authors))`;

/**
 * What notifies, from the kernel's events: a text submitted (to approvers), sent back (to its authors), agreed or
 * approved (to its authors, and — when it changes what the library shows — to everyone else who may now read it),
 * and a comment on a text someone wrote or a reply to their comment. Recipients are filtered by the visibility rule.
 */
@Injectable()
export class NotificationsConsumer implements EventConsumer {
  readonly name = 'notifications';
  readonly events = ['material.transitioned', 'comment.added'] as const;

  private readonly fanout: NotificationFanout;

  // Consumers live in the jobs module; the fan-out is built here rather than provided there.
  constructor(@Inject(APP_CONFIG) config: AppConfig, mail: MailOutbox) {
    this.fanout = new NotificationFanout(config, mail);
  }

  async handle(event: DomainEventEntity, tx: EntityManager): Promise<void> {
    if (event.type === 'material.transitioned') await this.transitioned(event, tx);
    if (event.type === 'comment.added') await this.commented(event, tx);
  }

  private async transitioned(event: DomainEventEntity, tx: EntityManager): Promise<void> {
    const materialId = event.subjectId;
    const transition = String(event.payload.transition);
    const [material]: TransitionedMaterial[] = await tx.query(
      `SELECT r.title, r.number, r.state, r.contributor_ids AS "contributorIds", i.created_by AS "createdBy",
              m.published_revision_id AS "publishedRevisionId"
         FROM content_revision r JOIN material m ON m.id = r.item_id JOIN content_item i ON i.id = m.id
        WHERE r.id = $1`,
      [event.payload.revisionId],
    );
    if (!material) return;
    const audience = await materialAudience(tx, materialId);
    const authors = [...new Set([...material.contributorIds, ...(material.createdBy ? [material.createdBy] : [])])];
    const common = { event, subjectType: 'Material', subjectId: materialId, link: `/materials/${materialId}` };
    const work = { ...common, roleSets: audience.seesWork, text: { title: material.title } };
    switch (transition) {
      case 'submit':
        await this.fanout.fanOut(tx, { ...work, kind: 'review_requested', where: `'approver' = ANY(u.roles)` });
        return;
      case 'request_changes':
        await this.fanout.fanOut(tx, { ...work, kind: 'changes_requested', where: AUTHORS, params: { authors } });
        return;
      case 'agree':
      case 'approve': {
        const state = String(event.payload.toState);
        await this.fanout.fanOut(tx, {
          ...work,
          kind: 'text_endorsed',
          where: AUTHORS,
          params: { authors },
          text: { title: material.title, state },
        });
        // Only when the library now shows this revision: an agreement behind an approved text changes nothing there.
        if (material.publishedRevisionId !== event.payload.revisionId) return;
        await this.fanout.fanOut(tx, {
          ...common,
          kind: 'library_update',
          where: `NOT ${AUTHORS}`,
          params: { authors },
          roleSets: audience.readable,
          text: { title: material.title, state, ...(material.number > 1 ? { revised: '1' } : {}) },
        });
        return;
      }
    }
  }

  private async commented(event: DomainEventEntity, tx: EntityManager): Promise<void> {
    const [item]: { type: string; title: string; contributorIds: string[]; createdBy: string | null }[] =
      await tx.query(
        `SELECT i.type, r.title, r.contributor_ids AS "contributorIds", i.created_by AS "createdBy"
           FROM content_item i JOIN material m ON m.id = i.id JOIN content_revision r ON r.id = m.working_revision_id
          WHERE i.id = $1`,
        [event.payload.itemId],
      );
    if (!item) return;
    const parentAuthor: { authorId: string }[] = event.payload.parentId
      ? await tx.query(`SELECT author_id AS "authorId" FROM content_comment WHERE id = $1`, [event.payload.parentId])
      : [];
    const concerned = [
      ...item.contributorIds,
      ...(item.createdBy ? [item.createdBy] : []),
      ...parentAuthor.map((p) => p.authorId),
    ];
    const audience = await materialAudience(tx, String(event.payload.itemId));
    await this.fanout.fanOut(tx, {
      event,
      kind: 'comment_on_mine',
      where: AUTHORS,
      params: { authors: [...new Set(concerned)] },
      // Comments are discussion of work in progress: only those who see it hear of them.
      roleSets: audience.seesWork,
      subjectType: 'Material',
      subjectId: String(event.payload.itemId),
      link: `/materials/${event.payload.itemId}`,
      text: { title: item.title },
    });
  }
}
