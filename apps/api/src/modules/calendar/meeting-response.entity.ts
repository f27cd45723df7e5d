import { RSVP_RESPONSES, type RsvpResponse } from '@portal/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { sqlList } from '../../common/sql-list.js';
import { UserEntity } from '../users/user.entity.js';
import { CalendarEventEntity } from './calendar-event.entity.js';

/** A person's RSVP to one meeting (one occurrence); answering again replaces it. */
@Entity('meeting_response')
@Index('meeting_response_user_idx', ['userId'])
@Check('meeting_response_check', `"response" IN (${sqlList(RSVP_RESPONSES)})`)
export class MeetingResponseEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => CalendarEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: CalendarEventEntity;

  @PrimaryColumn({ name: 'occurrence_start', type: 'timestamptz' })
  occurrenceStart: Date;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  response: RsvpResponse;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @UpdateDateColumn({ name: 'responded_at', type: 'timestamptz' })
  respondedAt: Date;
}
