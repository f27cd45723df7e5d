/**
 * Kinds of governed content: each has items with numbered revisions, a workflow, discussion and one visibility rule
 * (the content kernel). Materials exist today; minutes, documents and campaigns are declared for the issues to come.
 */
export const CONTENT_TYPES = ['material', 'minutes', 'document', 'campaign'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];
