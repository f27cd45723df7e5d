import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTACT_CATEGORIES, CONTACT_KINDS, LANGUAGES, REGIONS } from '@portal/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CsvError, parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { fieldError, forbidden, type FieldError } from '../../common/app-error.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { CSV_COLUMNS, splitMulti, type CsvColumn } from './contact-csv.js';
import { unprotectCell } from './csv-cells.js';
import { normaliseContact, type ContactValues } from './contact-rules.js';
import { ContactEntity } from './contact.entity.js';
import { ContactInput } from './dto/contact.input.js';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

interface RowResult {
  line: number;
  name: string;
  ok: boolean;
  errors: FieldError[];
  values?: ContactValues;
}

/** Input property → CSV column, so row errors name the column the user sees. */
const COLUMN_OF: Record<string, CsvColumn> = { organizationId: 'organization' };

@Injectable()
export class ContactImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(actor: Actor, csv: string, { commit }: { commit: boolean }) {
    if (!actor.ability.can('import', 'Contact')) throw forbidden();
    const records = this.parse(csv);
    const rows = await this.check(records);
    const valid = rows.filter((row) => row.ok);
    let created = 0;
    if (commit && valid.length) {
      // One transaction: either every valid row is written or, on any failure, none is.
      await this.dataSource.transaction(async (tx) => {
        for (let i = 0; i < valid.length; i += 500) {
          const chunk = valid.slice(i, i + 500).map((row) => ({ ...row.values!, updatedBy: actor.user.id }));
          await tx.insert(ContactEntity, chunk);
        }
      });
      created = valid.length;
    }
    return {
      committed: commit,
      valid: valid.length,
      rejected: rows.length - valid.length,
      created,
      rows: rows.map(({ values: _values, ...row }) => row),
    };
  }

  private parse(csv: string): { line: number; record: Record<string, string> }[] {
    if (Buffer.byteLength(csv) > MAX_IMPORT_BYTES) {
      throw fieldError('csv', 'tooLarge', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
    }
    let parsed: { record: Record<string, string>; info: { lines: number } }[];
    try {
      parsed = parse(csv, {
        bom: true,
        trim: true,
        skip_empty_lines: true,
        info: true,
        columns: (header: string[]) => this.checkHeader(header),
      });
    } catch (error) {
      if (error instanceof CsvError) throw fieldError('csv', 'malformed', error.message);
      throw error;
    }
    if (parsed.length > MAX_IMPORT_ROWS) {
      throw fieldError('csv', 'tooManyRows', `at most ${MAX_IMPORT_ROWS} rows can be imported at once`);
    }
    return parsed.map(({ record, info }) => ({ line: info.lines, record }));
  }

  private checkHeader(header: string[]): string[] {
    const columns = header.map((h) => h.trim().toLowerCase());
    const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
    if (unknown.length) throw fieldError('csv', 'unknownColumn', `unknown columns: ${unknown.join(', ')}`);
    for (const required of ['kind', 'name']) {
      if (!columns.includes(required)) throw fieldError('csv', 'missingColumn', `missing column: ${required}`);
    }
    return columns;
  }

  private async check(records: { line: number; record: Record<string, string> }[]): Promise<RowResult[]> {
    const organizations = await this.organizationIndex();
    const existing = await this.existingKeys(records.map(({ record }) => record.name ?? ''));
    const results: RowResult[] = [];
    for (const { line, record } of records) {
      const cell = (column: CsvColumn) => unprotectCell(record[column] ?? '');
      const errors: FieldError[] = [];
      const orgName = cell('organization');
      const organizationId = orgName ? organizations.get(orgName.toLowerCase()) : undefined;
      if (orgName && !organizationId) {
        errors.push({ field: 'organization', reason: 'notFound', message: `unknown organization "${orgName}"` });
      }
      const plain = {
        kind: cell('kind').toLowerCase(),
        name: cell('name'),
        position: cell('position') || null,
        organizationId: organizationId ?? null,
        region: cell('region').toLowerCase() || null,
        category: cell('category').toLowerCase() || null,
        phones: splitMulti(cell('phones')),
        emails: splitMulti(cell('emails')),
        languages: splitMulti(cell('languages').toLowerCase()),
        hours: cell('hours') || null,
        notes: cell('notes') || null,
      };
      const input = plainToInstance(ContactInput, plain);
      for (const error of await validate(input)) {
        const column = COLUMN_OF[error.property] ?? error.property;
        errors.push({
          field: column,
          reason: Object.keys(error.constraints ?? {})[0] ?? 'invalid',
          message: hint(column),
        });
      }
      let values: ContactValues | undefined;
      if (!errors.length) {
        const normalised = normaliseContact(input, '');
        errors.push(
          ...normalised.errors.map((e) => ({ ...e, field: e.field.replace(/^\./, '').replace(/\.\d+$/, '') })),
        );
        values = normalised.values;
        const key = duplicateKey(values.name, values.organizationId);
        if (existing.has(key)) {
          errors.push({ field: 'name', reason: 'duplicate', message: 'this contact already exists' });
        }
        existing.add(key);
      }
      results.push({
        line,
        name: plain.name,
        ok: errors.length === 0,
        errors,
        values: errors.length ? undefined : values,
      });
    }
    return results;
  }

  private async organizationIndex(): Promise<Map<string, string>> {
    const all = await this.dataSource
      .getRepository(OrganizationEntity)
      .find({ select: { id: true, name: true, shortName: true } });
    const index = new Map<string, string>();
    for (const org of all) {
      index.set(org.name.toLowerCase(), org.id);
      if (org.shortName) index.set(org.shortName.toLowerCase(), org.id);
    }
    return index;
  }

  private async existingKeys(names: string[]): Promise<Set<string>> {
    const lowered = [...new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean))];
    if (!lowered.length) return new Set();
    const rows: { name: string; organization_id: string | null }[] = await this.dataSource.query(
      'SELECT name, organization_id FROM contact WHERE lower(name) = ANY($1)',
      [lowered],
    );
    return new Set(rows.map((r) => duplicateKey(r.name, r.organization_id)));
  }
}

const duplicateKey = (name: string, organizationId: string | null) =>
  `${name.trim().toLowerCase()}|${organizationId ?? ''}`;

/** What a column accepts, for row errors a person can act on. */
function hint(column: string): string {
  switch (column) {
    case 'kind':
      return `must be one of: ${CONTACT_KINDS.join(', ')}`;
    case 'region':
      return `must be empty (national) or one of: ${REGIONS.join(', ')}`;
    case 'category':
      return `must be one of: ${CONTACT_CATEGORIES.join(', ')}`;
    case 'languages':
      return `must be among: ${LANGUAGES.join(', ')}`;
    case 'emails':
      return 'must be valid e-mail addresses separated by ";"';
    case 'name':
      return 'must be 2 to 200 characters';
    default:
      return 'is not valid';
  }
}
