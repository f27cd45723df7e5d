import {
  EVENT_KINDS,
  EVENT_STATUSES,
  EVENT_VISIBILITIES,
  type EventKind,
  type EventStatus,
  type EventVisibility,
} from '@portal/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { sqlList } from '../../common/sql-list.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * One event, or the master of a recurring series (`rrule`). Times are instants; `timeZone` is the zone the
 * organizer meant, in which the series repeats (10:00 in Bishkek stays 10:00 there) and all-day dates are read.
 */
@Entity('calendar_event')
@Index('calendar_event_range_idx', ['startsAt', 'seriesEndsAt'])
@Index('calendar_event_organizer_idx', ['organizerOrganizationId'])
@Check('calendar_event_kind_check', `"kind" IN (${sqlList(EVENT_KINDS)})`)
@Check('calendar_event_visibility_check', `"visibility" IN (${sqlList(EVENT_VISIBILITIES)})`)
@Check('calendar_event_status_check', `"status" IN (${sqlList(EVENT_STATUSES)})`)
@Check('calendar_event_times_check', `"ends_at" >= "starts_at"`)
export class CalendarEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The iCalendar UID: stable across edits; a series split by "this and following" gives the new part its own. */
  @Index('calendar_event_uid_key', { unique: true })
  @Column({ type: 'text' })
  uid: string;

  @Column({ type: 'text' })
  kind: EventKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  /** Exclusive; for an all-day event, midnight after its last day in its zone. */
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'all_day', type: 'boolean', default: false })
  allDay: boolean;

  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Bishkek' })
  timeZone: string;

  /** RFC 5545 RRULE value without DTSTART (e.g. `FREQ=MONTHLY;INTERVAL=3`); null for a single event. */
  @Column({ type: 'text', nullable: true })
  rrule: string | null;

  /** End of the last occurrence, for range queries; null for a series without end. */
  @Column({ name: 'series_ends_at', type: 'timestamptz', nullable: true })
  seriesEndsAt: Date | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'online_link', type: 'text', nullable: true })
  onlineLink: string | null;

  @Column({ name: 'organizer_organization_id', type: 'uuid', nullable: true })
  organizerOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organizer_organization_id' })
  organizer?: OrganizationEntity | null;

  @Column({ type: 'text', default: 'members' })
  visibility: EventVisibility;

  @Column({ type: 'text', default: 'confirmed' })
  status: EventStatus;

  /** iCalendar SEQUENCE: bumped by every change calendar clients must pick up. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
