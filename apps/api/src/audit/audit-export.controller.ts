import { Controller, Get, Query, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { protectCell } from '../modules/contacts/csv-cells.js';
import { AuditService } from './audit.service.js';
import { AuditExportQuery } from './dto/audit-export.query.js';

const COLUMNS = ['occurred_at', 'actor_id', 'actor', 'action', 'subject_type', 'subject_id', 'summary'] as const;

@Controller('api/audit')
export class AuditExportController {
  constructor(private readonly audit: AuditService) {}

  /** The filtered log as CSV (UTF-8 with BOM; cells that a spreadsheet would run as formulas are guarded). */
  @Get('export.csv')
  @Allow('export', 'AuditEvent')
  async csv(@CurrentActor() actor: Actor, @Query() query: AuditExportQuery, @Res() res: Response) {
    const rows = (await this.audit.exportRows(actor, query)).map((e) => ({
      occurred_at: e.occurredAt.toISOString(),
      actor_id: e.actorId ?? '',
      actor: e.actorLabel ?? '',
      action: e.action,
      subject_type: e.subjectType,
      subject_id: e.subjectId ?? '',
      summary: JSON.stringify(e.summary),
    }));
    const csv = stringify(rows, { header: true, columns: [...COLUMNS], cast: { string: protectCell } });
    res.attachment('audit.csv').type('text/csv; charset=utf-8').send(`\ufeff${csv}`);
  }
}
