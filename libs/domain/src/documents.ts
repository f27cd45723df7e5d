/**
 * Who may open a document (strategy §III.1): everyone signed in, members and up, or only the roles named on it.
 * Admins open every document.
 */
export const DOCUMENT_VISIBILITIES = ['signed_in', 'members', 'roles'] as const;
export type DocumentVisibility = (typeof DOCUMENT_VISIBILITIES)[number];

/** Categories seeded with the repository (§III.1); admins add more as rows. */
export const DOCUMENT_CATEGORY_CODES = ['reports', 'legislation', 'statements', 'working_group'] as const;

/**
 * Text extraction of one version: `pending` until the job ran; `no_text` for a scan or image without a text layer
 * (the page says so); `too_large` past the size or time bound; `unsupported` for formats we keep but do not read.
 */
export const EXTRACTION_STATUSES = ['pending', 'done', 'no_text', 'too_large', 'unsupported', 'failed'] as const;
export type ExtractionStatus = (typeof EXTRACTION_STATUSES)[number];
