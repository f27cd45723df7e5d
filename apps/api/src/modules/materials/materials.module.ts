import { Module } from '@nestjs/common';
import { MaterialCommentsResolver } from './material-comments.resolver.js';
import { MaterialCommentsService } from './material-comments.service.js';
import { MaterialExportController } from './material-export.controller.js';
import { MaterialExtrasService } from './material-extras.service.js';
import { MaterialRevisionsService } from './material-revisions.service.js';
import { MaterialWorkflowService } from './material-workflow.service.js';
import { MaterialsResolver } from './materials.resolver.js';
import { MaterialsService } from './materials.service.js';

@Module({
  controllers: [MaterialExportController],
  providers: [
    MaterialsService,
    MaterialWorkflowService,
    MaterialRevisionsService,
    MaterialCommentsService,
    MaterialExtrasService,
    MaterialsResolver,
    MaterialCommentsResolver,
  ],
})
export class MaterialsModule {}
