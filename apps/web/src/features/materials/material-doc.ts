/**
 * The stored body: a Tiptap/ProseMirror JSON document limited to the nodes and marks the API accepts. Everything
 * here works on that JSON, so the library and the material page never load the editor to show or copy a text.
 */
export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: DocMark[];
  content?: DocNode[];
}

const SAFE_HREF = /^(https?:|mailto:)/i;

export const EMPTY_DOC: DocNode = { type: 'doc', content: [{ type: 'paragraph' }] };

/** A stored body, or an empty document when it is missing or not a document (never throws on bad data). */
export function parseDoc(json: string | null | undefined): DocNode {
  if (!json) return EMPTY_DOC;
  try {
    const doc: unknown = JSON.parse(json);
    return typeof doc === 'object' && doc !== null && (doc as DocNode).type === 'doc' ? (doc as DocNode) : EMPTY_DOC;
  } catch {
    return EMPTY_DOC;
  }
}

/** The link target when it is one the portal allows (http, https, mailto), else null. */
export function safeHref(mark: DocMark): string | null {
  const href = mark.attrs?.href;
  return typeof href === 'string' && SAFE_HREF.test(href.trim()) ? href.trim() : null;
}

export const headingLevel = (node: DocNode): 2 | 3 | 4 => {
  const level = Number(node.attrs?.level);
  return level === 3 || level === 4 ? level : 2;
};

const orderedStart = (node: DocNode): number => {
  const start = Number(node.attrs?.start);
  return Number.isInteger(start) && start > 0 ? start : 1;
};

/** Plain text for the clipboard: blocks separated by a blank line, list items numbered or bulleted. */
export function docToText(doc: DocNode): string {
  const inline = (node: DocNode): string => {
    if (node.type === 'text') return node.text ?? '';
    if (node.type === 'hardBreak') return '\n';
    return (node.content ?? []).map(inline).join('');
  };
  const blocks = (nodes: DocNode[] | undefined, indent: string): string[] =>
    (nodes ?? []).flatMap((node) => block(node, indent));
  const block = (node: DocNode, indent: string): string[] => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return [indent + inline(node).replace(/\n/g, `\n${indent}`)];
      case 'blockquote':
        return blocks(node.content, `${indent}> `);
      case 'bulletList':
      case 'orderedList': {
        const start = orderedStart(node);
        return (node.content ?? []).map((item, i) => {
          const bullet = node.type === 'orderedList' ? `${start + i}. ` : '• ';
          const lines = blocks(item.content, indent + ' '.repeat(bullet.length)).join('\n');
          return indent + bullet + lines.trimStart();
        });
      }
      default:
        return blocks(node.content, indent);
    }
  };
  return blocks(doc.content, '')
    .filter((b) => b.trim() !== '')
    .join('\n\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * HTML for the "copy formatted" clipboard flavour. Built only from whitelisted nodes with every text and
 * attribute escaped; unknown nodes contribute their text, unsafe links become plain text.
 */
export function docToHtml(doc: DocNode): string {
  const marked = (text: string, marks: DocMark[] = []) =>
    marks.reduce((html, mark) => {
      switch (mark.type) {
        case 'bold':
          return `<strong>${html}</strong>`;
        case 'italic':
          return `<em>${html}</em>`;
        case 'link': {
          const href = safeHref(mark);
          return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
        }
        default:
          return html;
      }
    }, escapeHtml(text));
  const render = (node: DocNode): string => {
    const inner = () => (node.content ?? []).map(render).join('');
    switch (node.type) {
      case 'doc':
        return inner();
      case 'text':
        return marked(node.text ?? '', node.marks);
      case 'hardBreak':
        return '<br>';
      case 'paragraph':
        return `<p>${inner()}</p>`;
      case 'heading': {
        const level = headingLevel(node);
        return `<h${level}>${inner()}</h${level}>`;
      }
      case 'blockquote':
        return `<blockquote>${inner()}</blockquote>`;
      case 'bulletList':
        return `<ul>${inner()}</ul>`;
      case 'orderedList': {
        const start = orderedStart(node);
        return start === 1 ? `<ol>${inner()}</ol>` : `<ol start="${start}">${inner()}</ol>`;
      }
      case 'listItem':
        return `<li>${inner()}</li>`;
      default:
        return inner();
    }
  };
  return render(doc);
}

/** True when the document has no visible text (an untouched editor). */
export const isEmptyDoc = (doc: DocNode) => docToText(doc).trim() === '';
