import { docToHtml, docToText, isEmptyDoc, parseDoc, type DocNode } from './material-doc';

const text = (t: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const li = (t: string): DocNode => ({ type: 'listItem', content: [p(text(t))] });

const talkingPoints: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Тезисы')] },
    { type: 'orderedList', attrs: { start: 1 }, content: [li('Первый'), li('Второй')] },
    p(text('Звоните '), text('1899', [{ type: 'bold' }]), text('.')),
  ],
};

describe('material documents', () => {
  it('turn into plain text with numbered points', () => {
    expect(docToText(talkingPoints)).toBe('Тезисы\n\n1. Первый\n\n2. Второй\n\nЗвоните 1899.');
  });

  it('turn into HTML with formatting kept', () => {
    expect(docToHtml(talkingPoints)).toBe(
      '<h2>Тезисы</h2><ol><li><p>Первый</p></li><li><p>Второй</p></li></ol><p>Звоните <strong>1899</strong>.</p>',
    );
  });

  it('escape text and drop unsafe links and unknown nodes from the HTML', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        p(
          text('<img src=x onerror=alert(1)>'),
          text('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
          text('ok', [{ type: 'link', attrs: { href: 'https://a.kg/?a="b"' } }]),
        ),
        { type: 'script', content: [text('x')] },
      ],
    };
    expect(docToHtml(doc)).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;click<a href="https://a.kg/?a=&quot;b&quot;">ok</a></p>x',
    );
  });

  it('parse bad stored JSON as an empty document', () => {
    expect(parseDoc('{not json')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(parseDoc('{"type":"paragraph"}').type).toBe('doc');
    expect(isEmptyDoc(parseDoc(null))).toBe(true);
    expect(isEmptyDoc(talkingPoints)).toBe(false);
  });
});
