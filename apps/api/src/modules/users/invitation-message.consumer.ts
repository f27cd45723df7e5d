import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEventEntity } from '../../jobs/domain-event.entity.js';
import type { EventConsumer } from '../../jobs/event-consumer.js';
import { MailOutbox } from '../../mail/mail-outbox.service.js';

/** Hands the invitation written to the outbox over to mail delivery (SMTP, or the log without SMTP settings). */
@Injectable()
export class InvitationMessageConsumer implements EventConsumer {
  readonly name = 'invitation-message';
  readonly events = ['user.invited'] as const;

  constructor(private readonly mail: MailOutbox) {}

  async handle(event: DomainEventEntity, tx: EntityManager): Promise<void> {
    await this.mail.send(tx, [String(event.payload.messageId)]);
  }
}
