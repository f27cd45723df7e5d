import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { fieldError } from '../../common/app-error.js';
import { CSV_COLUMNS, MULTI_SEPARATOR, type CsvColumn } from './contact-csv.js';
import { toVCard, toVCards } from './contact-vcard.js';
import { contactsXlsx } from './contact-xlsx.js';
import type { ContactEntity } from './contact.entity.js';
import { protectCell } from './csv-cells.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ContactsService } from './contacts.service.js';
import { ContactExportQuery } from './dto/contact-export.query.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A contact as the columns of the CSV and XLSX exports, which the import reads back. */
const exportRecord = (c: ContactEntity): Record<CsvColumn, string> => ({
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
});

/** The filtered directory for other tools; every route exports only the rows the user may read. */
@Controller('api/contacts')
export class ContactsExportController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly organizations: OrganizationsService,
  ) {}

  /** CSV for tools (UTF-8 with BOM so spreadsheets read Cyrillic; formula-like cells guarded). */
  @Get('export.csv')
  @Allow('export', 'Contact')
  async csv(@CurrentActor() actor: Actor, @Query() query: ContactExportQuery, @Res() res: Response) {
    const records = (await this.contacts.exportRows(actor, query)).map(exportRecord);
    const csv = stringify(records, { header: true, columns: [...CSV_COLUMNS], cast: { string: protectCell } });
    res.attachment('contacts.csv').type('text/csv; charset=utf-8').send(`\ufeff${csv}`);
  }

  /** XLSX for spreadsheets: text cells, so no encoding, separator or formula trouble in any locale. */
  @Get('export.xlsx')
  @Allow('export', 'Contact')
  async xlsx(@CurrentActor() actor: Actor, @Query() query: ContactExportQuery, @Res() res: Response) {
    const records = (await this.contacts.exportRows(actor, query)).map(exportRecord);
    res
      .attachment('contacts.xlsx')
      .type(XLSX_TYPE)
      .send(await contactsXlsx(records));
  }

  /** The whole filtered directory as one vCard file, for a phone's or mail client's address book. */
  @Get('export.vcf')
  @Allow('export', 'Contact')
  async vcf(@CurrentActor() actor: Actor, @Query() query: ContactExportQuery, @Res() res: Response) {
    const rows = await this.contacts.exportRows(actor, query);
    res.attachment('contacts.vcf').type('text/vcard; charset=utf-8').send(toVCards(rows));
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
    const organization = contact.organizationId ? await this.organizations.findById(contact.organizationId) : null;
    res.attachment(`contact-${contact.id}.vcf`).type('text/vcard; charset=utf-8').send(toVCard(contact, organization));
  }
}
