import { DEMO_MATERIALS, demoDoc } from '../../seed/demo-materials.js';
import { parseBody } from './material-body.js';

const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const body = (...content: unknown[]) => JSON.stringify({ type: 'doc', content });
const text = (value: unknown, extra: object = {}) => ({ type: 'text', text: value, ...extra });

function refusal(raw: string) {
  try {
    parseBody(raw);
  } catch (error) {
    const { fields } = (error as { extensions: { fields: { field: string; reason: string; message: string }[] } })
      .extensions;
    return fields[0];
  }
  return null;
}

describe('parseBody', () => {
  it('accepts what the editor writes: headings, lists, quotes, breaks, bold, italic and links', () => {
    const raw = body(
      { type: 'heading', attrs: { level: 2 }, content: [text('Заголовок')] },
      para(text('жирный', { marks: [{ type: 'bold' }, { type: 'italic' }] }), { type: 'hardBreak' }, text('ещё')),
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [{ type: 'listItem', content: [para(text('пункт'))] }],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('точка'))] }] },
      { type: 'blockquote', content: [para(text('цитата'))] },
      para(
        text('ссылка', {
          marks: [
            {
              type: 'link',
              attrs: { href: 'https://189.kg', target: null, rel: 'noopener noreferrer nofollow', class: null },
            },
          ],
        }),
      ),
    );
    expect(parseBody(raw).text).toBe('Заголовок\nжирный\nещё\nпункт\nточка\nцитата\nссылка');
  });

  it('accepts every demo text', () => {
    for (const demo of DEMO_MATERIALS) {
      for (const revision of demo.revisions) {
        expect(() => parseBody(JSON.stringify(demoDoc(revision.body).doc))).not.toThrow();
      }
    }
  });

  it.each([
    ['a text node whose text is an object', body(para(text({ $$typeof: 'x', props: {} }))), 'content.0.content.0.text'],
    ['content that is a string', JSON.stringify({ type: 'doc', content: 'abc' }), 'content'],
    ['a paragraph whose content is a string', body({ type: 'paragraph', content: 'abc' }), 'content.0.content'],
    [
      'a link whose href is an array',
      body(para(text('x', { marks: [{ type: 'link', attrs: { href: ['https://a.kg'] } }] }))),
      'content.0.content.0.marks.0.attrs.href',
    ],
    ['a heading level given as a string', body({ type: 'heading', attrs: { level: '2' }, content: [] }), 'content.0'],
    ['text directly in the document', body(text('x')), 'content.0'],
    ['a paragraph inside a paragraph', body(para(para(text('x')))), 'content.0.content.0'],
    ['a list item outside a list', body({ type: 'listItem', content: [para(text('x'))] }), 'content.0'],
    ['an empty text node', body(para(text(''))), 'content.0.content.0.text'],
    ['unknown attributes', body({ type: 'paragraph', attrs: { onclick: 'x' }, content: [text('x')] }), 'content.0'],
    ['marks that are not a list', body(para(text('x', { marks: 'bold' }))), 'content.0.content.0.marks'],
    ['a node that is a number', body(42), 'content.0'],
    ['a document that is a list', JSON.stringify([{ type: 'doc' }]), ''],
  ])('refuses %s, naming input.body and the place inside it', (_case, raw, at) => {
    const problem = refusal(raw);
    expect(problem).toMatchObject({ field: 'input.body', reason: 'invalidDocument' });
    if (at) expect(problem?.message).toContain(`at ${at}`);
  });

  it('refuses a document nested deeper than the editor makes', () => {
    let node: unknown = para(text('x'));
    for (let i = 0; i < 30; i++) node = { type: 'blockquote', content: [node] };
    expect(refusal(body(node))).toMatchObject({ field: 'input.body', reason: 'invalidDocument' });
  });

  it('keeps the editor-facing reasons for pasted tables and unsafe links', () => {
    expect(refusal(body({ type: 'table', content: [] }))?.reason).toBe('unsupportedContent');
    expect(refusal(body(para(text('x', { marks: [{ type: 'code' }] }))))?.reason).toBe('unsupportedContent');
    expect(
      refusal(body(para(text('x', { marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }))))?.reason,
    ).toBe('unsafeLink');
  });
});
