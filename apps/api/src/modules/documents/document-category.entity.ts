import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Categories of documents are rows (the four of §III.1 are seeded); admins add more. */
@Entity('document_category')
@Index('document_category_code_key', ['code'], { unique: true })
export class DocumentCategoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'document_category_pkey' })
  id: string;

  @Column({ type: 'text' })
  code: string;

  /** Names per interface language: { ru, ky, en }. */
  @Column({ type: 'jsonb' })
  names: Record<'ru' | 'ky' | 'en', string>;

  /** Legislation and official statements may carry an approval. */
  @Column({ type: 'boolean', default: false })
  official: boolean;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
