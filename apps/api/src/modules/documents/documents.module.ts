import { Module } from '@nestjs/common';
import { FilesModule } from '../../files/files.module.js';
import { DocumentFilesController } from './document-files.controller.js';
import { DocumentSearchService } from './document-search.service.js';
import { DocumentsResolver } from './documents.resolver.js';
import { DocumentsService } from './documents.service.js';

@Module({
  imports: [FilesModule],
  controllers: [DocumentFilesController],
  providers: [DocumentsService, DocumentSearchService, DocumentsResolver],
})
export class DocumentsModule {}
