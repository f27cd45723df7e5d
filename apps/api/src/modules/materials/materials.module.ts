import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentCommentsService } from '../../content/content-comments.service.js';
import { CONTENT_READERS, type ContentReaders } from '../../content/content-readers.js';
import { LibraryVisitEntity } from './library-visit.entity.js';
import { MaterialCommentsResolver } from './material-comments.resolver.js';
import { MaterialDetailChangeEntity } from './material-detail-change.entity.js';
import { MaterialExportController } from './material-export.controller.js';
import { MaterialExtrasService } from './material-extras.service.js';
import { MaterialKindEntity } from './material-kind.entity.js';
import { MaterialRevisionsService } from './material-revisions.service.js';
import { MaterialWorkflowService } from './material-workflow.service.js';
import { MaterialEntity } from './material.entity.js';
import { MaterialsResolver } from './materials.resolver.js';
import { MaterialsService } from './materials.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([MaterialEntity, MaterialKindEntity, LibraryVisitEntity, MaterialDetailChangeEntity]),
  ],
  controllers: [MaterialExportController],
  providers: [
    MaterialsService,
    MaterialWorkflowService,
    MaterialRevisionsService,
    ContentCommentsService,
    {
      provide: CONTENT_READERS,
      inject: [MaterialsService],
      useFactory: (materials: MaterialsService): ContentReaders => ({
        material: (actor, id) => materials.load(actor, id),
      }),
    },
    MaterialExtrasService,
    MaterialsResolver,
    MaterialCommentsResolver,
  ],
})
export class MaterialsModule {}
