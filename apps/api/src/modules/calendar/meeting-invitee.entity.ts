import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { CalendarEventEntity } from './calendar-event.entity.js';

/** A person or a whole organization (everyone in it) invited to a meeting or to every meeting of a series. */
@Entity('meeting_invitee')
@Index('meeting_invitee_user_key', ['eventId', 'userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Index('meeting_invitee_org_key', ['eventId', 'organizationId'], {
  unique: true,
  where: '"organization_id" IS NOT NULL',
})
@Index('meeting_invitee_user_idx', ['userId'])
@Index('meeting_invitee_org_idx', ['organizationId'])
@Check('meeting_invitee_one_check', `num_nonnulls("user_id", "organization_id") = 1`)
export class MeetingInviteeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => CalendarEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: CalendarEventEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity | null;
}
