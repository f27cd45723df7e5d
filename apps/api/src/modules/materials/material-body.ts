import { z } from 'zod';
import { fieldError } from '../../common/app-error.js';

/**
 * The editor's document (ProseMirror/Tiptap JSON) as the web editor (`apps/web/src/features/material-editor`,
 * StarterKit without code, rules, strike and underline, plus Link) writes it — and nothing else, so a stored body
 * always loads in the editor and renders on the page.
 */
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
const MAX_DEPTH = 20;

const optionalText = z.string().max(2000).nullish();
const Mark = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bold'), attrs: z.strictObject({}).optional() }),
  z.strictObject({ type: z.literal('italic'), attrs: z.strictObject({}).optional() }),
  z.strictObject({
    type: z.literal('link'),
    attrs: z.strictObject({
      href: z.string().max(2000).regex(SAFE_HREF),
      target: optionalText,
      rel: optionalText,
      class: optionalText,
      title: optionalText,
    }),
  }),
]);
const noAttrs = z.strictObject({}).optional();

const Text = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(Mark).max(10).optional(),
});
const HardBreak = z.strictObject({ type: z.literal('hardBreak'), attrs: noAttrs, marks: z.array(Mark).optional() });
const Inline = z.discriminatedUnion('type', [Text, HardBreak]);

const Paragraph = z.strictObject({ type: z.literal('paragraph'), attrs: noAttrs, content: z.array(Inline).optional() });
const Heading = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
  content: z.array(Inline).optional(),
});
const ListItem = z.strictObject({
  type: z.literal('listItem'),
  attrs: noAttrs,
  get content() {
    return z.array(Block).min(1);
  },
});
const BulletList = z.strictObject({ type: z.literal('bulletList'), attrs: noAttrs, content: z.array(ListItem).min(1) });
const OrderedList = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z
    .strictObject({ start: z.number().int().min(0).max(100_000).optional(), type: z.string().max(10).nullish() })
    .optional(),
  content: z.array(ListItem).min(1),
});
const Blockquote = z.strictObject({
  type: z.literal('blockquote'),
  attrs: noAttrs,
  get content() {
    return z.array(Block).min(1);
  },
});
const Block: z.ZodType<unknown> = z.discriminatedUnion('type', [
  Paragraph,
  Heading,
  BulletList,
  OrderedList,
  Blockquote,
]);
const Doc = z.strictObject({ type: z.literal('doc'), attrs: noAttrs, content: z.array(Block) });

interface DocNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: DocNode[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses and checks a body, returning the stored document and its plain text. Anything outside the editor's schema
 * (script-bearing links, unknown nodes, raw HTML, wrong attribute types) is refused with a reason naming the field,
 * and for a malformed document the place inside it (`content.0.content.1.text`).
 */
export function parseBody(raw: string, field = 'input.body'): { doc: DocNode; text: string } {
  if (raw.length > MAX_BODY_CHARS) throw fieldError(field, 'tooLong', `must be at most ${MAX_BODY_CHARS} characters`);
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    throw fieldError(field, 'invalidDocument', 'is not a valid document');
  }
  // First the reasons an editor can act on (pasted tables, unsafe links), with the depth bounded before zod recurses.
  const screen = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) throw fieldError(field, 'invalidDocument', 'is nested too deeply');
    if (!isObject(node)) return;
    if (typeof node.type === 'string' && !NODES.has(node.type)) {
      throw fieldError(field, 'unsupportedContent', `contains unsupported content "${node.type}"`);
    }
    for (const mark of Array.isArray(node.marks) ? node.marks : []) {
      if (!isObject(mark)) continue;
      if (typeof mark.type === 'string' && !MARKS.has(mark.type)) {
        throw fieldError(field, 'unsupportedContent', `contains unsupported formatting "${mark.type}"`);
      }
      const href = isObject(mark.attrs) ? mark.attrs.href : undefined;
      if (mark.type === 'link' && typeof href === 'string' && !SAFE_HREF.test(href)) {
        throw fieldError(field, 'unsafeLink', 'links must start with http:, https: or mailto:');
      }
    }
    for (const child of Array.isArray(node.content) ? node.content : []) screen(child, depth + 1);
  };
  screen(doc, 0);
  const parsed = Doc.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.join('.');
    throw fieldError(field, 'invalidDocument', `is not a valid document${at ? ` at ${at}` : ''}: ${issue.message}`);
  }
  const lines: string[] = [];
  const visit = (node: DocNode): string => {
    if (node.type === 'text') return node.text ?? '';
    if (node.type === 'hardBreak') return '\n';
    const inner = (node.content ?? []).map(visit).join('');
    if (node.type === 'paragraph' || node.type === 'heading') lines.push(inner);
    return inner;
  };
  visit(doc as DocNode);
  const text = lines.join('\n').trim();
  if (!text) throw fieldError(field, 'required', 'must not be empty');
  return { doc: doc as DocNode, text };
}
