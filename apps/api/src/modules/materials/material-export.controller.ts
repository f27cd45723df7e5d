import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor, PortalRequest } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { approvalStamp } from '@portal/domain';
import { AppError, fieldError, notFound } from '../../common/app-error.js';
import { isPublishedState } from '../../content/visibility.js';
import type { ExportItem } from './export/export-item.js';
import { offThread, RenderLimitError } from './export/render-pool.js';
import { coverageLine } from './export/stamp.js';
import { MaterialExtrasService } from './material-extras.service.js';
import { MaterialsService } from './materials.service.js';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
type Format = keyof typeof TYPES;
const MAX_SELECTION = 50;
/** Characters (titles and texts) in one file: a few long texts; pdfmake needs ~1 s per 40 000 characters. */
export const MAX_EXPORT_CHARS = 250_000;
const RENDER_TIMEOUT_MS = 60_000;
const uuid = new ParseUUIDPipe({ exceptionFactory: () => fieldError('id', 'isUuid', 'must be a valid id') });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Published texts as DOCX or PDF with their approval stamp, for press officers; drafts are never exported. */
@Controller('api/materials')
export class MaterialExportController {
  constructor(
    private readonly materials: MaterialsService,
    private readonly extras: MaterialExtrasService,
  ) {}

  @Get('export.:format')
  @Allow('read', 'Material')
  async selection(
    @CurrentActor() actor: Actor,
    @Req() req: PortalRequest,
    @Param('format') format: string,
    @Query('ids') ids: string | undefined,
    @Res() res: Response,
  ) {
    // The same text twice in one file helps nobody and doubles the work.
    const list = [...new Set((ids ?? '').toLowerCase().split(',').filter(Boolean))];
    if (!list.length || list.length > MAX_SELECTION || !list.every((id) => UUID.test(id))) {
      throw fieldError('ids', 'invalid', `give 1 to ${MAX_SELECTION} material ids separated by commas`);
    }
    await this.send(actor, req, this.format(format), list, res);
  }

  @Get(':id/export.:format')
  @Allow('read', 'Material')
  async one(
    @CurrentActor() actor: Actor,
    @Req() req: PortalRequest,
    @Param('id', uuid) id: string,
    @Param('format') format: string,
    @Res() res: Response,
  ) {
    await this.send(actor, req, this.format(format), [id], res);
  }

  private format(format: string): Format {
    if (format !== 'docx' && format !== 'pdf') throw fieldError('format', 'invalid', 'must be docx or pdf');
    return format;
  }

  private async send(actor: Actor, req: PortalRequest, format: Format, ids: string[], res: Response) {
    const items: ExportItem[] = [];
    let chars = 0;
    for (const id of ids) {
      const material = await this.materials.load(actor, id);
      const published = material.publishedRevision;
      if (!published || !isPublishedState('material', published.state)) throw notFound('Published text');
      const approval = await this.extras.approval(req, actor, material);
      chars += published.title.length + published.bodyText.length;
      if (chars > MAX_EXPORT_CHARS) {
        throw new AppError(
          'EXPORT_TOO_LARGE',
          `The selected texts are longer than ${MAX_EXPORT_CHARS} characters, the most one file can hold; export fewer texts at once`,
          { limit: MAX_EXPORT_CHARS },
        );
      }
      items.push({
        title: published.title,
        stamp: approvalStamp(material.language, approval),
        source: coverageLine(material.language, material),
        body: published.body,
      });
    }
    let file: Uint8Array;
    try {
      file = await offThread({ kind: format, items }, RENDER_TIMEOUT_MS);
    } catch (error) {
      if (!(error instanceof RenderLimitError)) throw error;
      throw new AppError('EXPORT_TOO_LARGE', 'The file took too long to render; export fewer texts at once', {
        limit: MAX_EXPORT_CHARS,
      });
    }
    const name = ids.length === 1 ? `material-${ids[0]}.${format}` : `materials.${format}`;
    res
      .attachment(name)
      .type(TYPES[format])
      .send(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
  }
}
