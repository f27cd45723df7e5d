/** A finished upload handed to the module that takes it (documents, attachments …). */
export interface StoredFile {
  uploadId: string;
  /** Content address of the bytes in the `BlobStore` (and the `file_blob` row). */
  sha256: string;
  size: number;
  /** Decided from the bytes, never from the name or the browser. */
  mediaType: string;
  /** Sanitized display name; storage never uses it. */
  fileName: string;
}
