/** Columns of the CSV export, which the import reads back; multi-valued cells are separated by ";". */
export const CSV_COLUMNS = [
  'kind',
  'name',
  'position',
  'organization',
  'region',
  'category',
  'phones',
  'emails',
  'languages',
  'hours',
  'notes',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const MULTI_SEPARATOR = ';';

export const splitMulti = (cell: string | undefined) =>
  (cell ?? '')
    .split(MULTI_SEPARATOR)
    .map((v) => v.trim())
    .filter(Boolean);
