import { LANGUAGES, type Language } from '@portal/domain';
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
import { sqlList } from '../../common/sql-list.js';
import { ContentItemEntity } from '../../content/content-item.entity.js';
import { MaterialKindEntity } from './material-kind.entity.js';
import { ContentRevisionEntity } from '../../content/content-revision.entity.js';
import { CampaignEntity } from '../campaigns/campaign.entity.js';

/**
 * One material in one language. Its text lives in revisions: `working` is the one being edited or reviewed,
 * `published` the last agreed/approved one that readers see. Translations point at their source material.
 */
@Entity('material')
@Check('material_language_check', `language IN (${sqlList(LANGUAGES)})`)
@Index('material_source_id_idx', ['sourceId'])
@Index('material_translation_language_key', ['sourceId', 'language'], { unique: true, where: 'source_id IS NOT NULL' })
// (updated_at, id) with the published projection's columns included (migration ListProjectionIndexes).
@Index('material_list_idx', { synchronize: false })
// (published_at, id) with the same columns included, for the published view.
@Index('material_published_list_idx', { synchronize: false })
@Index('material_published_revision_idx', ['publishedRevisionId'])
@Index('material_working_revision_idx', ['workingRevisionId'])
@Index('material_campaign_idx', ['campaignId'])
export class MaterialEntity {
  /** The id of its `content_item` (shared primary key). */
  @PrimaryColumn('uuid')
  id: string;

  @OneToOne(() => ContentItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'id', foreignKeyConstraintName: 'material_item_fkey' })
  item?: ContentItemEntity;

  @Column({ name: 'kind_id', type: 'uuid' })
  kindId: string;

  @ManyToOne(() => MaterialKindEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind_id' })
  kind?: MaterialKindEntity;

  @Column({ type: 'text' })
  language: Language;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => MaterialEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: MaterialEntity;

  @Column({ name: 'working_revision_id', type: 'uuid', nullable: true })
  workingRevisionId: string | null;

  @ManyToOne(() => ContentRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'working_revision_id' })
  workingRevision?: ContentRevisionEntity;

  @Column({ name: 'published_revision_id', type: 'uuid', nullable: true })
  publishedRevisionId: string | null;

  @ManyToOne(() => ContentRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_revision_id' })
  publishedRevision?: ContentRevisionEntity;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId: string | null;

  @ManyToOne(() => CampaignEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'material_campaign_fkey' })
  campaign?: CampaignEntity | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audiences: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  channels: string[];

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  /** Media coverage (kinds with the `coverage` structure): where and when it appeared; the body is the summary. */
  @Column({ name: 'coverage_outlet', type: 'text', nullable: true })
  coverageOutlet: string | null;

  @Column({ name: 'coverage_date', type: 'date', nullable: true })
  coverageDate: string | null;

  @Column({ name: 'coverage_url', type: 'text', nullable: true })
  coverageUrl: string | null;

  /** Press releases: readers do not see the material before this instant. */
  @Column({ name: 'embargo_until', type: 'timestamptz', nullable: true })
  embargoUntil: Date | null;

  /** When the currently published revision was published (agreed or approved). */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: string | null;

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById: string | null;

  @ManyToOne(() => MaterialEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'superseded_by_id' })
  supersededBy?: MaterialEntity;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
