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
/** Space after each paragraph and list item (twentieths of a point: 6 pt), as the web page and PDF have. */
const SPACING = { after: 120 };
/** Numbered points hang like Word's default bullets: text at 0.5", number in the hanging 0.25". */
const INDENT = { left: 720, hanging: 360 };

function children(runs: Run[]): ParagraphChild[] {
  return runs.map((run) => {
    // A "\n" inside a text run is not a line break in Word: it needs its own <w:br/>.
    if (run.break) return new TextRun({ break: 1 });
    const text = new TextRun({
      text: run.text,
      bold: run.bold,
      italics: run.italic,
      style: run.link ? 'Hyperlink' : undefined,
    });
    return run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text;
  });
}

/**
 * One DOCX with every item: title, approval stamp, then the text. Every numbered list is its own numbering
 * instance, so each counts from 1 (one shared instance made a second list continue 4., 5.).
 */
export async function renderDocx(items: ExportItem[]): Promise<Buffer> {
  const paragraphs: Paragraph[] = [];
  let lists = 0;
  items.forEach((item, index) => {
    paragraphs.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: index > 0,
        children: [new TextRun(item.title)],
      }),
    );
    paragraphs.push(
      new Paragraph({
        spacing: { after: 240 },
        children: [new TextRun({ text: item.stamp, italics: true, color: '555555' })],
      }),
    );
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
        paragraphs.push(new Paragraph({ spacing: SPACING, children: children(block.runs) }));
      } else {
        const instance = lists++;
        for (const item of block.items) {
          paragraphs.push(
            new Paragraph({
              spacing: SPACING,
              children: children(item),
              ...(block.ordered
                ? { numbering: { reference: 'points', level: 0, instance } }
                : { bullet: { level: 0 } }),
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
      config: [
        {
          reference: 'points',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              start: 1,
              alignment: AlignmentType.START,
              style: { paragraph: { indent: INDENT } },
            },
          ],
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(doc);
}
