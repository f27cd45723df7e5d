import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTACT_CATEGORIES, CONTACT_KINDS, LANGUAGES, REGIONS } from '@portal/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CsvError, parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { AppError, fieldError, forbidden, type FieldError } from '../../common/app-error.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { CSV_COLUMNS, columnForHeading, splitMulti, type CsvColumn } from './contact-csv.js';
import { detectDelimiter, readContactFile } from './contact-file.js';
import { readXlsxRows } from './contact-xlsx.js';
import { unprotectCell } from './csv-cells.js';
import { normaliseContact, type ContactValues } from './contact-rules.js';
import { ContactEntity } from './contact.entity.js';
import { ContactInput } from './dto/contact.input.js';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

/** What the import is given: the file's bytes in base64 (any encoding, CSV or XLSX), or CSV text from a tool. */
export interface ImportSource {
  file?: string | null;
  csv?: string | null;
}

interface TableRow {
  line: number;
  cells: string[];
}

interface ImportRecord {
  line: number;
  record: Partial<Record<CsvColumn, string>>;
  /** Columns whose cell holds U+FFFD, the mark of text decoded in the wrong encoding somewhere before. */
  unreadable: CsvColumn[];
}

const REPLACEMENT = '\ufffd';
const UNREADABLE = 'save the file as UTF-8 or XLSX from the original and import it again';

/** A file-level error that names the columns concerned, in `extensions.columns`, for the page to show. */
const columnsError = (field: string, reason: string, message: string, columns: string[]) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { fields: [{ field, reason, message }], columns });

const tooLarge = (field: string) =>
  fieldError(field, 'tooLarge', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);

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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

  async run(actor: Actor, source: ImportSource, { commit }: { commit: boolean }) {
    if (!actor.ability.can('import', 'Contact')) throw forbidden();
    const records = await this.read(source);
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
        await this.audit.record(tx, {
          actor: actor.user,
          action: 'contact.import',
          subjectType: 'Contact',
          summary: { created: valid.length, rejected: rows.length - valid.length },
        });
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

  /** The file as records by column; the encoding, separator or format is decided here, from the bytes. */
  private async read(source: ImportSource): Promise<ImportRecord[]> {
    if ((source.file == null) === (source.csv == null)) {
      throw fieldError('file', 'isNotEmpty', 'send the file (base64) or the CSV text, one of the two');
    }
    if (source.csv != null) {
      if (Buffer.byteLength(source.csv) > MAX_IMPORT_BYTES) throw tooLarge('csv');
      return this.records(this.parseCsv(source.csv, 'csv'), 'csv');
    }
    const base64 = source.file!.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw fieldError('file', 'malformed', 'the file is not base64');
    if ((base64.length * 3) / 4 > MAX_IMPORT_BYTES + 2) throw tooLarge('file');
    const file = readContactFile(Buffer.from(base64, 'base64'));
    const table =
      file.type === 'xlsx'
        ? (await readXlsxRows(file.bytes, 'file')).map((cells, i) => ({ line: i + 1, cells }))
        : this.parseCsv(file.text, 'file');
    return this.records(table, 'file');
  }

  private parseCsv(text: string, field: string): TableRow[] {
    try {
      const parsed = parse(text, {
        bom: true,
        trim: true,
        skip_empty_lines: true,
        info: true,
        delimiter: detectDelimiter(text),
      }) as unknown as { record: string[]; info: { lines: number } }[];
      return parsed.map(({ record, info }) => ({ line: info.lines, cells: record }));
    } catch (error) {
      if (error instanceof CsvError) throw fieldError(field, 'malformed', error.message);
      throw error;
    }
  }

  private records(table: TableRow[], field: string): ImportRecord[] {
    const rows = table.filter(({ cells }) => cells.some((cell) => cell !== ''));
    const [header, ...body] = rows;
    if (!header) throw columnsError(field, 'missingColumn', 'the file is empty', ['kind', 'name']);
    const columns = this.checkHeader(header.cells, field);
    if (body.length > MAX_IMPORT_ROWS) {
      throw fieldError(field, 'tooManyRows', `at most ${MAX_IMPORT_ROWS} rows can be imported at once`);
    }
    return body.map(({ line, cells }) => {
      const record: ImportRecord['record'] = {};
      const unreadable = new Set<CsvColumn>();
      columns.forEach((column, i) => {
        if (!column) return;
        const cell = cells[i] ?? '';
        if (cell.includes(REPLACEMENT)) unreadable.add(column);
        record[column] = cell;
      });
      return { line, record, unreadable: [...unreadable] };
    });
  }

  /** Each heading's column (null for a blank heading, whose cells are ignored); unknown headings are named. */
  private checkHeader(headings: string[], field: string): (CsvColumn | null)[] {
    if (headings.some((h) => h.includes(REPLACEMENT))) {
      throw fieldError(field, 'encoding', `line 1 (headings) has characters that could not be read: ${UNREADABLE}`);
    }
    const columns = headings.map((h) => (h.trim() ? columnForHeading(h) : null));
    const unknown = headings.filter((h, i) => h.trim() && !columns[i]);
    if (unknown.length) {
      const message = `unknown columns: ${unknown.join(', ')} (expected: ${CSV_COLUMNS.join(', ')})`;
      throw columnsError(field, 'unknownColumn', message, unknown);
    }
    const repeated = columns.filter((c, i) => c && columns.indexOf(c) !== i);
    if (repeated.length) {
      const twice = [...new Set(repeated)] as string[];
      throw columnsError(field, 'duplicateColumn', `columns given twice: ${twice.join(', ')}`, twice);
    }
    const missing = (['kind', 'name'] as const).filter((required) => !columns.includes(required));
    if (missing.length) throw columnsError(field, 'missingColumn', `missing columns: ${missing.join(', ')}`, missing);
    return columns;
  }

  private async check(records: ImportRecord[]): Promise<RowResult[]> {
    const organizations = await this.organizations.idsByName();
    const existing = await this.existingKeys(records.map(({ record }) => record.name ?? ''));
    const results: RowResult[] = [];
    for (const { line, record, unreadable } of records) {
      const cell = (column: CsvColumn) => unprotectCell(record[column] ?? '');
      // A replacement character means the text was already lost before it reached us: never store it.
      const errors: FieldError[] = unreadable.map((column) => ({
        field: column,
        reason: 'encoding',
        message: `has characters that could not be read: ${UNREADABLE}`,
      }));
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
