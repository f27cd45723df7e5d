import { unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { fieldError } from '../../common/app-error.js';
import { CSV_COLUMNS, type CsvColumn } from './contact-csv.js';

const WIDTHS: Record<CsvColumn, number> = {
  kind: 10,
  name: 32,
  position: 24,
  organization: 32,
  region: 12,
  category: 16,
  phones: 30,
  emails: 30,
  languages: 10,
  hours: 20,
  notes: 40,
};

/**
 * Every cell is a string cell formatted as text (`@`): a spreadsheet shows `+996…` as written, never runs it as a
 * formula and does not turn it into a number, in any locale — which is why no apostrophe guard is needed here.
 */
const textCell = (value: string) => ({ value, type: String, format: '@' });

export function contactsXlsx(records: Record<CsvColumn, string>[]): Promise<Buffer> {
  const rows = [
    CSV_COLUMNS.map((column) => textCell(column)),
    ...records.map((record) => CSV_COLUMNS.map((column) => (record[column] ? textCell(record[column]) : null))),
  ];
  const columns = CSV_COLUMNS.map((column) => ({ width: WIDTHS[column] }));
  return writeXlsxFile(rows, { columns, sheet: 'contacts' }).toBuffer();
}

/** Ceiling on what the archive says it unpacks to, so a small "zip bomb" is refused before it is unpacked. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** The first sheet as rows of strings; numbers stay as written (a phone typed as a number keeps its digits). */
export async function readXlsxRows(bytes: Buffer, field: string): Promise<string[][]> {
  let unpacked = 0;
  try {
    unzipSync(bytes, { filter: (file) => ((unpacked += file.originalSize), false) });
  } catch {
    throw fieldError(field, 'malformed', 'the file is not a readable XLSX workbook');
  }
  if (unpacked > MAX_UNPACKED_BYTES) throw fieldError(field, 'tooLarge', 'the workbook is too large when unpacked');
  let rows: unknown[][];
  try {
    rows = await readSheet(bytes, { parseNumber: (text) => text });
  } catch {
    throw fieldError(field, 'malformed', 'the file is not a readable XLSX workbook');
  }
  return rows.map((row) => row.map(cellText));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
