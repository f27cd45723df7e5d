/**
 * Every column that holds a `file_blob.sha256`: a blob none of them names is an orphan and the sweep removes it.
 * A feature that keeps files (documents, versions …) adds its column here.
 */
export const BLOB_REFERENCES: readonly { table: string; column: string }[] = [
  { table: 'file_upload', column: 'sha256' },
  // Documents keep their versions' bytes after the upload rows are swept.
  { table: 'document_version', column: 'sha256' },
];

/** `NOT EXISTS (…)` for every reference of the blob `file_blob.sha256`. */
export const unreferencedSql = () =>
  BLOB_REFERENCES.map(
    ({ table, column }) => `NOT EXISTS (SELECT 1 FROM "${table}" r WHERE r."${column}" = file_blob.sha256)`,
  ).join(' AND ');
