import { fieldError } from '../../common/app-error.js';

/** The editor's document (ProseMirror/Tiptap JSON) with only the nodes and marks the portal renders. */
const NODES = new Set([
  'doc',
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'text',
  'hardBreak',
  'blockquote',
]);
const MARKS = new Set(['bold', 'italic', 'link']);
const SAFE_HREF = /^(https?:|mailto:)/i;
export const MAX_BODY_CHARS = 200_000;

interface DocNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: DocNode[];
}

/**
 * Parses and checks a body, returning the stored document and its plain text. Anything outside the whitelist
 * (script-bearing links, unknown nodes, raw HTML) is refused with a reason naming the field.
 */
export function parseBody(raw: string, field = 'input.body'): { doc: DocNode; text: string } {
  if (raw.length > MAX_BODY_CHARS) throw fieldError(field, 'tooLong', `must be at most ${MAX_BODY_CHARS} characters`);
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    throw fieldError(field, 'invalidDocument', 'is not a valid document');
  }
  const lines: string[] = [];
  const visit = (node: unknown, depth: number): string => {
    if (depth > 20 || typeof node !== 'object' || node === null)
      throw fieldError(field, 'invalidDocument', 'is not a valid document');
    const { type, text, content, marks, attrs } = node as DocNode;
    if (!NODES.has(type))
      throw fieldError(field, 'unsupportedContent', `contains unsupported content "${String(type)}"`);
    for (const mark of marks ?? []) {
      if (!MARKS.has(mark.type))
        throw fieldError(field, 'unsupportedContent', `contains unsupported formatting "${mark.type}"`);
      if (mark.type === 'link' && !SAFE_HREF.test(String(mark.attrs?.href ?? ''))) {
        throw fieldError(field, 'unsafeLink', 'links must start with http:, https: or mailto:');
      }
    }
    if (type === 'heading' && ![2, 3, 4].includes(Number(attrs?.level))) {
      throw fieldError(field, 'invalidDocument', 'headings must be of level 2 to 4');
    }
    if (type === 'text') return typeof text === 'string' ? text : '';
    if (type === 'hardBreak') return '\n';
    const inner = (content ?? []).map((child) => visit(child, depth + 1)).join('');
    if (['paragraph', 'heading'].includes(type)) lines.push(inner);
    return inner;
  };
  if ((doc as DocNode)?.type !== 'doc') throw fieldError(field, 'invalidDocument', 'is not a valid document');
  visit(doc, 0);
  const text = lines.join('\n').trim();
  if (!text) throw fieldError(field, 'required', 'must not be empty');
  return { doc: doc as DocNode, text };
}
