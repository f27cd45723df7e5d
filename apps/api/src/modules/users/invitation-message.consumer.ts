import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEventEntity } from '../../jobs/domain-event.entity.js';
import type { EventConsumer } from '../../jobs/event-consumer.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';

/** Delivers invitation messages; until e-mail arrives (notifications), "delivery" is a line in the server log. */
@Injectable()
export class InvitationMessageConsumer implements EventConsumer {
  readonly name = 'invitation-message';
  readonly events = ['user.invited'] as const;
  private readonly logger = new Logger('Invitations');

  async handle(event: DomainEventEntity, tx: EntityManager): Promise<void> {
    const message = await tx.findOneBy(OutboxMessageEntity, { id: String(event.payload.messageId) });
    if (!message || message.sentAt) return;
    this.logger.log(`To ${message.recipient}: ${message.subject}. ${message.body}`);
    await tx.update(OutboxMessageEntity, { id: message.id }, { sentAt: new Date(), sentVia: 'log' });
  }
}
