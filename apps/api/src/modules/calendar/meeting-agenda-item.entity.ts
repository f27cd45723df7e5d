import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { CalendarEventEntity } from './calendar-event.entity.js';

/** One item of a meeting's agenda, in `position` order; the meeting is an occurrence (`occurrenceStart`). */
@Entity('meeting_agenda_item')
@Index('meeting_agenda_item_meeting_idx', ['eventId', 'occurrenceStart', 'position'])
@Index('meeting_agenda_item_presenter_user_idx', ['presenterUserId'])
@Index('meeting_agenda_item_presenter_org_idx', ['presenterOrganizationId'])
@Check('meeting_agenda_item_minutes_check', `"planned_minutes" BETWEEN 0 AND 1440`)
export class MeetingAgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => CalendarEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: CalendarEventEntity;

  @Column({ name: 'occurrence_start', type: 'timestamptz' })
  occurrenceStart: Date;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'presenter_user_id', type: 'uuid', nullable: true })
  presenterUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenter_user_id' })
  presenterUser?: UserEntity | null;

  @Column({ name: 'presenter_organization_id', type: 'uuid', nullable: true })
  presenterOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenter_organization_id' })
  presenterOrganization?: OrganizationEntity | null;

  @Column({ name: 'planned_minutes', type: 'int', default: 0 })
  plannedMinutes: number;
}
