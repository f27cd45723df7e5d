/** A stored editor document flattened to the few blocks exports need; marks become flags on text runs. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
  /** A hard line break inside the paragraph (Shift+Enter); its text is "\n". */
  break?: boolean;
}
export type Block =
  | { type: 'heading'; level: number; runs: Run[] }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] };

interface Node {
  type: string;
  text?: string;
  attrs?: { level?: number };
  marks?: { type: string; attrs?: { href?: string } }[];
  content?: Node[];
}

function runs(node: Node): Run[] {
  if (node.type === 'text') {
    const marks = node.marks ?? [];
    return [
      {
        text: node.text ?? '',
        bold: marks.some((m) => m.type === 'bold'),
        italic: marks.some((m) => m.type === 'italic'),
        link: marks.find((m) => m.type === 'link')?.attrs?.href,
      },
    ];
  }
  if (node.type === 'hardBreak') return [{ text: '\n', break: true }];
  return (node.content ?? []).flatMap(runs);
}

/** Nested lists and quotes are flattened: exports keep the words and the order, not every indent. */
export function toBlocks(doc: unknown): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Node) => {
    switch (node.type) {
      case 'heading':
        blocks.push({ type: 'heading', level: node.attrs?.level ?? 2, runs: runs(node) });
        break;
      case 'paragraph':
        blocks.push({ type: 'paragraph', runs: runs(node) });
        break;
      case 'bulletList':
      case 'orderedList':
        blocks.push({ type: 'list', ordered: node.type === 'orderedList', items: (node.content ?? []).map(runs) });
        break;
      default:
        (node.content ?? []).forEach(visit);
    }
  };
  visit(doc as Node);
  return blocks;
}
