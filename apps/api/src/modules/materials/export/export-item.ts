/** What an export prints for one material: its published text and stamp. */
export interface ExportItem {
  title: string;
  stamp: string;
  body: unknown;
}
