import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor, PortalRequest } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { fieldError, notFound } from '../../common/app-error.js';
import { renderDocx } from './export/render-docx.js';
import { renderPdf } from './export/render-pdf.js';
import { coverageLine, stampText } from './export/stamp.js';
import type { ExportItem } from './export/export-item.js';
import { MaterialExtrasService } from './material-extras.service.js';
import { MaterialsService } from './materials.service.js';

const FORMATS = {
  docx: { render: renderDocx, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { render: renderPdf, type: 'application/pdf' },
};
type Format = keyof typeof FORMATS;
const MAX_SELECTION = 50;
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
    const list = (ids ?? '').split(',').filter(Boolean);
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
    for (const id of ids) {
      const material = await this.materials.load(actor, id);
      const published = material.publishedRevision;
      if (!published || !['agreed', 'approved'].includes(published.state)) throw notFound('Published text');
      const approval = await this.extras.approval(req, actor, material);
      items.push({
        title: published.title,
        stamp: stampText(material.language, approval ?? null),
        source: coverageLine(material.language, material),
        body: published.body,
      });
    }
    const { render, type } = FORMATS[format];
    const file = await render(items);
    const name = ids.length === 1 ? `material-${ids[0]}.${format}` : `materials.${format}`;
    res.attachment(name).type(type).send(file);
  }
}
