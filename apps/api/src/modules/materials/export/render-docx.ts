import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { toBlocks, type Run } from './document-blocks.js';
import type { ExportItem } from './export-item.js';

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function children(runs: Run[]): ParagraphChild[] {
  return runs.map((run) => {
    const text = new TextRun({
      text: run.text,
      bold: run.bold,
      italics: run.italic,
      style: run.link ? 'Hyperlink' : undefined,
    });
    return run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text;
  });
}

/** One DOCX with every item: title, approval stamp, then the text (numbered lists stay numbered). */
export async function renderDocx(items: ExportItem[]): Promise<Buffer> {
  const paragraphs: Paragraph[] = [];
  items.forEach((item, index) => {
    paragraphs.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: index > 0,
        children: [new TextRun(item.title)],
      }),
    );
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: item.stamp, italics: true, color: '555555' })] }));
    if (item.source) paragraphs.push(new Paragraph({ children: [new TextRun({ text: item.source, bold: true })] }));
    for (const block of toBlocks(item.body)) {
      if (block.type === 'heading') {
        paragraphs.push(
          new Paragraph({
            heading: HEADINGS[Math.min(Math.max(block.level - 2, 0), 2)],
            children: children(block.runs),
          }),
        );
      } else if (block.type === 'paragraph') {
        paragraphs.push(new Paragraph({ children: children(block.runs) }));
      } else {
        for (const item of block.items) {
          paragraphs.push(
            new Paragraph({
              children: children(item),
              ...(block.ordered ? { numbering: { reference: `points-${index}`, level: 0 } } : { bullet: { level: 0 } }),
            }),
          );
        }
      }
    }
  });
  const doc = new Document({
    creator: 'Portal',
    title: items.map((i) => i.title).join('; '),
    numbering: {
      config: items.map((_, index) => ({
        reference: `points-${index}`,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
      })),
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(doc);
}
