/** One line of an entry's summary: a changed field with its old and new value, or a plain fact. */
export interface SummaryLine {
  field: string;
  from?: string;
  to?: string;
  value?: string;
  changed?: boolean;
}

const show = (value: unknown): string =>
  value === null || value === undefined
    ? '—'
    : Array.isArray(value)
      ? value.join(', ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  typeof value === 'object' && value !== null && 'from' in value && 'to' in value;

/** The API sends the summary as JSON text; anything unreadable is shown as no lines. */
export function summaryLines(json: string): SummaryLine[] {
  let summary: unknown;
  try {
    summary = JSON.parse(json);
  } catch {
    return [];
  }
  if (typeof summary !== 'object' || summary === null) return [];
  return Object.entries(summary).map(([field, value]) => {
    if (isChange(value)) return { field, from: show(value.from), to: show(value.to) };
    if (typeof value === 'object' && value !== null && 'changed' in value) return { field, changed: true };
    return { field, value: show(value) };
  });
}
