export type ExportFormat = 'docx' | 'pdf';

/** The published text with its stamp, as a file (REST, same session cookie). */
export const exportUrl = (id: string, format: ExportFormat) =>
  `/api/materials/${encodeURIComponent(id)}/export.${format}`;

/** The API puts at most this many published texts into one file. */
export const MAX_SELECTION = 50;

/** Several published texts in one document, in the order chosen. */
export const selectionExportUrl = (ids: string[], format: ExportFormat) =>
  `/api/materials/export.${format}?ids=${ids.map(encodeURIComponent).join(',')}`;
