import { BODY_STRUCTURES, type BodyStructure } from '@portal/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../common/sql-list.js';

/** Kinds of material are data the admin can extend; `structure` says how the body is shaped. */
@Entity('material_kind')
@Index('material_kind_code_key', ['code'], { unique: true })
@Check('material_kind_structure_check', `structure IN (${sqlList(BODY_STRUCTURES)})`)
export class MaterialKindEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  structure: BodyStructure;

  /** Names per interface language: { ru, ky, en }. */
  @Column({ type: 'jsonb' })
  names: Record<'ru' | 'ky' | 'en', string>;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
