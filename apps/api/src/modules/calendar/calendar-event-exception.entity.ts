import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarEventEntity } from './calendar-event.entity.js';

/** One occurrence of a series changed or cancelled on its own ("this occurrence"); null fields keep the series'. */
@Entity('calendar_event_exception')
@Index('calendar_event_exception_occurrence_key', ['eventId', 'originalStart'], { unique: true })
@Index('calendar_event_exception_moved_idx', ['startsAt'])
export class CalendarEventExceptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => CalendarEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: CalendarEventEntity;

  /** The start the series rule gives this occurrence (its RECURRENCE-ID). */
  @Column({ name: 'original_start', type: 'timestamptz' })
  originalStart: Date;

  @Column({ type: 'boolean', default: false })
  cancelled: boolean;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'online_link', type: 'text', nullable: true })
  onlineLink: string | null;

  @Column({ type: 'int', default: 0 })
  sequence: number;
}
