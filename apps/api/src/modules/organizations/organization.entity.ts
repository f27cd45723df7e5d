import { ORGANIZATION_TYPES, type OrganizationType } from '@portal/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { sqlList } from '../../common/sql-list.js';

@Entity('organization')
@Index('organization_name_trgm_idx', { synchronize: false })
// Unique on lower(name), an expression index TypeORM cannot describe: created by a migration.
@Index('organization_name_lower_key', { synchronize: false })
@Check('organization_type_check', `"type" IN (${sqlList(ORGANIZATION_TYPES)})`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName: string | null;

  @Column({ type: 'text' })
  type: OrganizationType;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
