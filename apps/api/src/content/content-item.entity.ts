import { CONTENT_TYPES, type ContentType } from '@portal/domain';
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
import { sqlList } from '../common/sql-list.js';
import { UserEntity } from '../modules/users/user.entity.js';

/**
 * Every governed item — a material, and later minutes, documents, campaigns — is one row here. The type's own
 * table shares its primary key; revisions, transitions and comments reference it with real foreign keys.
 */
@Entity('content_item')
@Check('content_item_type_check', `type IN (${sqlList(CONTENT_TYPES)})`)
@Index('content_item_type_idx', ['type', 'createdAt'])
export class ContentItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'content_item_pkey' })
  id: string;

  @Column({ type: 'text' })
  type: ContentType;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'content_item_created_by_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
