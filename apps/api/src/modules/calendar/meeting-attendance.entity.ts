import { ATTENDANCE_MODES, ATTENDANCE_STATUSES, type AttendanceMode, type AttendanceStatus } from '@portal/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { sqlList } from '../../common/sql-list.js';
import { UserEntity } from '../users/user.entity.js';
import { CalendarEventEntity } from './calendar-event.entity.js';

/** Attendance taken at one meeting (one occurrence): present, absent or excused; online or in person. */
@Entity('meeting_attendance')
@Index('meeting_attendance_user_idx', ['userId'])
@Check('meeting_attendance_status_check', `"status" IN (${sqlList(ATTENDANCE_STATUSES)})`)
@Check('meeting_attendance_mode_check', `"mode" IS NULL OR "mode" IN (${sqlList(ATTENDANCE_MODES)})`)
export class MeetingAttendanceEntity {
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
  status: AttendanceStatus;

  @Column({ type: 'text', nullable: true })
  mode: AttendanceMode | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: UserEntity;

  @UpdateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
