export type ExportFormat = 'docx' | 'pdf';

/** The published text with its stamp, as a file (REST, same session cookie). */
export const exportUrl = (id: string, format: ExportFormat) =>
  `/api/materials/${encodeURIComponent(id)}/export.${format}`;

/** Several published texts in one document. */
export const selectionExportUrl = (ids: string[]) =>
  `/api/materials/export.docx?ids=${ids.map(encodeURIComponent).join(',')}`;
