import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../modules/users/user.entity.js';
import { ContentItemEntity } from './content-item.entity.js';

/** Discussion next to any content item, threaded, optionally anchored on one part; it never changes the text. */
@Entity('content_comment')
@Index('content_comment_item_idx', ['itemId', 'createdAt'])
export class ContentCommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'content_comment_pkey' })
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'content_comment_item_fkey' })
  item?: ContentItemEntity;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ContentCommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'content_comment_parent_fkey' })
  parent?: ContentCommentEntity;

  /** Which part it is about, e.g. `point:3` or `pair:2`; null for the whole item. */
  @Column({ type: 'text', nullable: true })
  anchor: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'content_comment_author_fkey' })
  author?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by', foreignKeyConstraintName: 'content_comment_resolved_by_fkey' })
  resolver?: UserEntity;
}
