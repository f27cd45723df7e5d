import { CAMPAIGN_ITEM_STATUSES, type CampaignItemStatus } from '@portal/domain';
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
import { MaterialEntity } from '../materials/material.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { CampaignEntity } from './campaign.entity.js';

/** One item of a campaign's plan (§IV items 1–11 and any added): who does it, by when, and its evidence. */
@Entity('campaign_plan_item')
@Check('campaign_plan_item_status_check', `status IN (${sqlList(CAMPAIGN_ITEM_STATUSES)})`)
@Index('campaign_plan_item_campaign_idx', ['campaignId', 'position'])
@Index('campaign_plan_item_owner_user_idx', ['ownerUserId'])
@Index('campaign_plan_item_owner_organization_idx', ['ownerOrganizationId'])
@Index('campaign_plan_item_evidence_idx', ['evidenceMaterialId'])
export class CampaignPlanItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'campaign_plan_item_pkey' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_plan_item_campaign_fkey' })
  campaign?: CampaignEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'campaign_plan_item_owner_user_fkey' })
  ownerUser?: UserEntity | null;

  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'owner_organization_id',
    foreignKeyConstraintName: 'campaign_plan_item_owner_organization_fkey',
  })
  ownerOrganization?: OrganizationEntity | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'text', default: 'open' })
  status: CampaignItemStatus;

  @Column({ name: 'evidence_material_id', type: 'uuid', nullable: true })
  evidenceMaterialId: string | null;

  @ManyToOne(() => MaterialEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'evidence_material_id', foreignKeyConstraintName: 'campaign_plan_item_evidence_fkey' })
  evidenceMaterial?: MaterialEntity | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
