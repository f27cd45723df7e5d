import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MaterialEntity } from '../materials/material.entity.js';
import { DocumentEntity } from './document.entity.js';

/** A document linked to a material: the material's page lists it. */
@Entity('document_material')
@Index('document_material_material_idx', ['materialId'])
export class DocumentMaterialEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_material_document_fkey' })
  document?: DocumentEntity;

  @PrimaryColumn({ name: 'material_id', type: 'uuid' })
  materialId: string;

  @ManyToOne(() => MaterialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'document_material_material_fkey' })
  material?: MaterialEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
