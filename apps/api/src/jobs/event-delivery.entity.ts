import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DomainEventEntity } from './domain-event.entity.js';

/**
 * The delivery key: one row per event and consumer, inserted in the consumer's own transaction. A redelivered job
 * (a worker died, a job expired) finds the row and does nothing, so at-least-once delivery has its effect once.
 */
@Entity('event_delivery')
export class EventDeliveryEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ type: 'text' })
  consumer: string;

  @ManyToOne(() => DomainEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: DomainEventEntity;

  @CreateDateColumn({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt: Date;
}
