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

/** Headings people write in their own sheets (Russian, Kyrgyz, English), lower-cased, for each column. */
const HEADING_ALIASES: Record<CsvColumn, string[]> = {
  kind: ['тип', 'вид', 'түрү', 'type'],
  name: ['фио', 'ф.и.о.', 'ф. и. о.', 'имя', 'название', 'наименование', 'аты-жөнү', 'аты жөнү', 'аты', 'full name'],
  position: ['должность', 'кызматы', 'кызмат орду', 'title', 'job title'],
  organization: ['организация', 'учреждение', 'ведомство', 'уюм', 'мекеме', 'organisation', 'company'],
  region: ['регион', 'область', 'облус', 'аймак'],
  category: ['категория', 'категориясы'],
  phones: ['телефон', 'телефоны', 'тел.', 'тел', 'телефондор', 'телефону', 'phone', 'telephone'],
  emails: ['email', 'e-mail', 'эл. почта', 'эл.почта', 'электронная почта', 'почта', 'эл. дарек', 'mail'],
  languages: ['язык', 'языки', 'тил', 'тилдер', 'language'],
  hours: ['часы работы', 'режим работы', 'график работы', 'иш убактысы', 'иш тартиби'],
  notes: ['примечание', 'примечания', 'заметки', 'комментарий', 'эскертүү', 'note', 'comment'],
};

const COLUMN_BY_HEADING = new Map<string, CsvColumn>(
  CSV_COLUMNS.flatMap((column) => [column, ...HEADING_ALIASES[column]].map((h) => [h, column] as const)),
);

/** The column a heading names, or null; case, spacing and a trailing colon do not matter. */
export function columnForHeading(heading: string): CsvColumn | null {
  const key = heading.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/:$/, '');
  return COLUMN_BY_HEADING.get(key) ?? null;
}

/** Values of a multi-valued cell; people also separate them with commas or line breaks in their own sheets. */
export const splitMulti = (cell: string | undefined) =>
  (cell ?? '')
    .split(/[;,\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
