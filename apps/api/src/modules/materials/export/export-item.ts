/** What an export prints for one material: its published text and stamp. */
export interface ExportItem {
  title: string;
  stamp: string;
  /** Media coverage: "outlet, date — link"; the body is then the summary. */
  source?: string | null;
  body: unknown;
}
