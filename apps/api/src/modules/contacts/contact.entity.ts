import {
  CONTACT_CATEGORIES,
  CONTACT_KINDS,
  CONTACT_STATUSES,
  LANGUAGES,
  REGIONS,
  type ContactCategory,
  type ContactKind,
  type ContactStatus,
  type Language,
  type Region,
} from '@portal/domain';
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
import { OrganizationEntity } from '../organizations/organization.entity.js';

/** A directory entry: a person, or a hotline (name, number, region — null means national — and hours). */
@Entity('contact')
@Check('contact_kind_check', `kind IN (${sqlList(CONTACT_KINDS)})`)
@Check('contact_category_check', `category IS NULL OR category IN (${sqlList(CONTACT_CATEGORIES)})`)
@Check('contact_region_check', `region IS NULL OR region IN (${sqlList(REGIONS)})`)
@Check('contact_status_check', `status IN (${sqlList(CONTACT_STATUSES)})`)
@Check('contact_languages_check', `languages <@ ARRAY[${sqlList(LANGUAGES)}]::text[]`)
@Check('contact_person_category_check', `kind = 'hotline' OR category IS NOT NULL`)
@Index('contact_organization_id_idx', ['organizationId'])
@Index('contact_filter_idx', ['status', 'category', 'region'])
@Index('contact_status_name_idx', ['status', 'name'])
// Trigram indexes for ILIKE search; defined in the migration (TypeORM cannot express the operator class).
@Index('contact_search_text_trgm_idx', { synchronize: false })
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ContactKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  position: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'text', nullable: true })
  region: Region | null;

  @Column({ type: 'text', nullable: true })
  category: ContactCategory | null;

  /** E.164, normalised on the way in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phones: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: Language[];

  /** Hotlines: when they answer, free text such as "24/7". */
  @Column({ type: 'text', nullable: true })
  hours: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', default: 'active' })
  status: ContactStatus;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  /** Lower-cased name, position, e-mails and phones, kept by a trigger; trigram-indexed for search. */
  @Column({ name: 'search_text', type: 'text', nullable: true, select: false, insert: false, update: false })
  searchText?: string | null;
}
