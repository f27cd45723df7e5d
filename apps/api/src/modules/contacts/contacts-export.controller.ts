import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { fieldError } from '../../common/app-error.js';
import { CSV_COLUMNS, MULTI_SEPARATOR } from './contact-csv.js';
import { toVCard } from './contact-vcard.js';
import { protectCell } from './csv-cells.js';
import { ContactsService } from './contacts.service.js';
import { ContactExportQuery } from './dto/contact-export.query.js';

@Controller('api/contacts')
export class ContactsExportController {
  constructor(private readonly contacts: ContactsService) {}

  /** The filtered list as CSV (UTF-8 with BOM so spreadsheets read Cyrillic), only rows the user may read. */
  @Get('export.csv')
  @Allow('export', 'Contact')
  async csv(@CurrentActor() actor: Actor, @Query() query: ContactExportQuery, @Res() res: Response) {
    const rows = await this.contacts.exportRows(actor, query);
    const records = rows.map((c) => ({
      kind: c.kind,
      name: c.name,
      position: c.position ?? '',
      organization: c.organization?.name ?? '',
      region: c.region ?? '',
      category: c.category ?? '',
      phones: c.phones.join(MULTI_SEPARATOR),
      emails: c.emails.join(MULTI_SEPARATOR),
      languages: c.languages.join(MULTI_SEPARATOR),
      hours: c.hours ?? '',
      notes: c.notes ?? '',
    }));
    const csv = stringify(records, { header: true, columns: [...CSV_COLUMNS], cast: { string: protectCell } });
    res.attachment('contacts.csv').type('text/csv; charset=utf-8').send(`\ufeff${csv}`);
  }

  @Get(':id/vcard')
  @Allow('read', 'Contact')
  async vcard(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => fieldError('id', 'isUuid', 'must be a valid id') }))
    id: string,
    @Res() res: Response,
  ) {
    const contact = await this.contacts.get(actor, id);
    const organization = contact.organizationId ? await this.contacts.organizationOf(contact.organizationId) : null;
    res.attachment(`contact-${contact.id}.vcf`).type('text/vcard; charset=utf-8').send(toVCard(contact, organization));
  }
}
