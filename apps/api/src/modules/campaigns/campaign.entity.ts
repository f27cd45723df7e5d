import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ContentItemEntity } from '../../content/content-item.entity.js';
import { ContentRevisionEntity } from '../../content/content-revision.entity.js';

/**
 * A national campaign (strategy §IV). Its theme and texts (goals, regional action plan, recommended CSO activities)
 * live in revisions agreed by the working group; the period, audiences and plan items live here.
 */
@Entity('campaign')
@Check('campaign_period_check', 'ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on')
@Index('campaign_working_revision_idx', ['workingRevisionId'])
@Index('campaign_published_revision_idx', ['publishedRevisionId'])
export class CampaignEntity {
  /** The id of its `content_item` (shared primary key). */
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'campaign_pkey' })
  id: string;

  @OneToOne(() => ContentItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'id', foreignKeyConstraintName: 'campaign_item_fkey' })
  item?: ContentItemEntity;

  @Column({ name: 'working_revision_id', type: 'uuid', nullable: true })
  workingRevisionId: string | null;

  @ManyToOne(() => ContentRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'working_revision_id', foreignKeyConstraintName: 'campaign_working_revision_fkey' })
  workingRevision?: ContentRevisionEntity;

  @Column({ name: 'published_revision_id', type: 'uuid', nullable: true })
  publishedRevisionId: string | null;

  @ManyToOne(() => ContentRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_revision_id', foreignKeyConstraintName: 'campaign_published_revision_fkey' })
  publishedRevision?: ContentRevisionEntity;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audiences: string[];

  /** Not set by the API yet; the kernel's visibility rule (`publishedSql`) reads it for every content type. */
  @Column({ name: 'embargo_until', type: 'timestamptz', nullable: true })
  embargoUntil: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
