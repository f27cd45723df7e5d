import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../common/sql-list.js';
import { UserEntity } from '../users/user.entity.js';
import { ContentItemEntity } from '../../content/content-item.entity.js';

/** Details whose change is an approver's act once a text is published, and so recorded. */
export const RECORDED_DETAILS = ['embargoUntil', 'validUntil'] as const;
export type RecordedDetail = (typeof RECORDED_DETAILS)[number];

/** Who changed the embargo or validity of an item (a material), when, from what to what. Rows are never changed. */
@Entity('material_detail_change')
@Index('material_detail_change_item_idx', ['itemId', 'createdAt'])
@Check('material_detail_change_field_check', `field IN (${sqlList(RECORDED_DETAILS)})`)
export class MaterialDetailChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'material_detail_change_item_fkey' })
  item?: ContentItemEntity;

  @Column({ type: 'text' })
  field: RecordedDetail;

  @Column({ name: 'old_value', type: 'text', nullable: true })
  oldValue: string | null;

  @Column({ name: 'new_value', type: 'text', nullable: true })
  newValue: string | null;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
