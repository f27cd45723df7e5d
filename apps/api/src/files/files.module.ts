import path from 'node:path';
import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { BlobStore } from './blob-store.js';
import { FilesSweepService } from './files-sweep.service.js';
import { LocalBlobStore } from './local-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';
import { TusUploads } from './tus-uploads.js';
import { UploadsController } from './uploads.controller.js';
import { UploadsService } from './uploads.service.js';

/** File storage and uploads; other modules get files only through `UploadsService.take` and read them via `BlobStore`. */
@Module({
  controllers: [UploadsController],
  providers: [
    {
      provide: BlobStore,
      useFactory: (config: AppConfig) =>
        config.s3 ? new S3BlobStore(config.s3) : new LocalBlobStore(path.join(config.dataDir, 'files')),
      inject: [APP_CONFIG],
    },
    UploadsService,
    TusUploads,
    FilesSweepService,
  ],
  exports: [BlobStore, UploadsService],
})
export class FilesModule {}
