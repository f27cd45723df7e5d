import { diffArrays, diffWords } from 'diff';

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

/** More paragraphs than this added or removed: the texts are different texts, not revisions of one. */
export const MAX_PARAGRAPH_EDITS = 1_000;
/** More word edits than this inside one paragraph: the paragraph is shown as replaced as a whole. */
export const MAX_WORD_EDITS = 1_000;

export class DiffTooLargeError extends Error {
  constructor() {
    super('The revisions differ too much to compare word by word');
  }
}

const icu = new Intl.Segmenter('ru', { granularity: 'word' });
const CHUNK = 256;

/** Pieces of about CHUNK characters, cut only before whitespace, so no word is ever cut. */
function* chunks(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    const space = text.slice(start + CHUNK).search(/\s/);
    const end = space < 0 ? text.length : start + CHUNK + space;
    yield text.slice(start, end);
    start = end;
  }
}

/**
 * jsdiff's default tokenizer splits Cyrillic words apart; the ICU word segmenter knows every script. But V8's
 * segment iterator slows down with the square of the string's length (segmenting one 40 000-character text took
 * ~30 s, the whole cost of the original slow diff), so the text is segmented in whitespace-bounded chunks: words
 * never span whitespace, so the segments are the same. jsdiff only calls `segment()` and `resolvedOptions()`.
 */
const chunkedSegmenter = {
  resolvedOptions: () => icu.resolvedOptions(),
  *segment(text: string) {
    for (const chunk of chunks(text)) yield* icu.segment(chunk);
  },
} as unknown as Intl.Segmenter;
const words = { intlSegmenter: chunkedSegmenter };

const part = (value: string, added = false, removed = false): DiffPart => ({ value, added, removed });

/**
 * Word differences between two texts, bounded: paragraphs are matched first (cheap), then only changed
 * paragraphs are compared word by word, each with an edit limit (Myers' algorithm costs O((N+M)·D), so two
 * unrelated long texts are expensive however they are tokenized). Throws DiffTooLargeError when the paragraphs
 * themselves differ beyond the limit or the deadline passes.
 */
export function diffText(from: string, to: string, deadline: number): DiffPart[] {
  const timeout = () => Math.max(1, deadline - Date.now());
  const blocks = diffArrays(from.split(/(?<=\n)/), to.split(/(?<=\n)/), {
    maxEditLength: MAX_PARAGRAPH_EDITS,
    timeout: timeout(),
  });
  if (!blocks) throw new DiffTooLargeError();
  const out: DiffPart[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (!(block.added || block.removed) || !next || !(next.added || next.removed)) {
      out.push(part(block.value.join(''), block.added, block.removed));
      continue;
    }
    const [removed, added] = block.removed ? [block, next] : [next, block];
    // Paragraphs edited one for one are compared one for one; otherwise the changed runs as a whole.
    const pairs: [string, string][] =
      removed.value.length === added.value.length
        ? removed.value.map((old, k) => [old, added.value[k]])
        : [[removed.value.join(''), added.value.join('')]];
    for (const [old, neu] of pairs) {
      const changes = diffWords(old, neu, { ...words, maxEditLength: MAX_WORD_EDITS, timeout: timeout() });
      if (Date.now() > deadline) throw new DiffTooLargeError();
      if (changes) out.push(...changes.map((c) => part(c.value, c.added, c.removed)));
      else out.push(part(old, false, true), part(neu, true, false));
    }
    i++;
  }
  return merge(out);
}

/** Joins neighbours of the same kind, so paragraph-wise diffs read like one diff. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (!p.value) continue;
    const last = out.at(-1);
    if (last && last.added === p.added && last.removed === p.removed) last.value += p.value;
    else out.push({ ...p });
  }
  return out;
}
