import type { DocNode } from '../materials/material-doc';

export interface AnchorOption {
  value: string;
  /** 1-based number of the point or question. */
  n: number;
  kind: 'point' | 'pair';
}

/**
 * The parts of a text a comment can point at: each talking point (item of the numbered list), each Q&A pair
 * (level-3 heading). Stored as `point:3` / `pair:2`, the form the API documents.
 */
export function anchorOptions(doc: DocNode, structure: string): AnchorOption[] {
  const blocks = doc.content ?? [];
  if (structure === 'points') {
    const items = blocks.filter((b) => b.type === 'orderedList').flatMap((list) => list.content ?? []);
    return items.map((_, i) => ({ value: `point:${i + 1}`, n: i + 1, kind: 'point' }));
  }
  if (structure === 'qa') {
    const questions = blocks.filter((b) => b.type === 'heading' && Number(b.attrs?.level) === 3);
    return questions.map((_, i) => ({ value: `pair:${i + 1}`, n: i + 1, kind: 'pair' }));
  }
  return [];
}

export function parseAnchor(anchor: string | null | undefined): AnchorOption | null {
  const m = /^(point|pair):(\d+)$/.exec(anchor ?? '');
  return m ? { value: anchor!, kind: m[1] as 'point' | 'pair', n: Number(m[2]) } : null;
}
