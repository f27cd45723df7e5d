/**
 * What "recent" means in a list of materials. The published view (all readers see) goes by when the shown text was
 * published, so saving the next draft of a published text neither moves it nor dates it; the working view goes by
 * the last change of any kind.
 */
export const recencyColumn = (shown: 'pr' | 'wr'): string => (shown === 'pr' ? 'm.published_at' : 'm.updated_at');
