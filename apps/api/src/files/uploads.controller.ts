import { Controller, Delete, Head, Param, Patch, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorator.js';
import type { PortalRequest } from '../auth/actor.js';
import { TusUploads, UPLOAD_ID_HEADER, UPLOADS_PATH } from './tus-uploads.js';
import { UploadsService } from './uploads.service.js';

/**
 * The tus endpoint. Everything about an existing upload is its owner's alone: for anyone else it does not exist.
 * A finished upload's bytes have moved to the blob store, so its HEAD is answered here (a client that lost the last
 * response learns it is complete and reads its id).
 */
@Controller(UPLOADS_PATH.slice(1))
export class UploadsController {
  constructor(
    private readonly tus: TusUploads,
    private readonly uploads: UploadsService,
  ) {}

  @Post()
  @Allow('create', 'Upload')
  async create(@Req() req: PortalRequest, @Res() res: Response): Promise<void> {
    await this.tus.server.handle(req, res);
  }

  @Head(':id')
  @Allow('create', 'Upload')
  head(@Req() req: PortalRequest, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return this.resume(req, res, id);
  }

  @Patch(':id')
  @Allow('create', 'Upload')
  patch(@Req() req: PortalRequest, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return this.resume(req, res, id);
  }

  /** Cancels an unfinished upload (tus termination). */
  @Delete(':id')
  @Allow('create', 'Upload')
  terminate(@Req() req: PortalRequest, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return this.resume(req, res, id);
  }

  private async resume(req: PortalRequest, res: Response, id: string): Promise<void> {
    const upload = await this.uploads.ownUpload(req.actor!, id);
    if (!upload || upload.status === 'refused') {
      res.status(404).set({ 'Tus-Resumable': '1.0.0', 'Cache-Control': 'no-store' }).end();
      return;
    }
    if (upload.status !== 'receiving') {
      const size = String(upload.size);
      res.status(req.method === 'HEAD' ? 200 : 409).set({
        'Tus-Resumable': '1.0.0',
        'Cache-Control': 'no-store',
        'Upload-Offset': size,
        'Upload-Length': size,
        [UPLOAD_ID_HEADER]: upload.id,
      });
      res.end();
      return;
    }
    await this.tus.server.handle(req, res);
  }
}
