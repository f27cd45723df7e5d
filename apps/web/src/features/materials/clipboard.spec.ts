import { htmlOf, plainTextOf } from './clipboard';
import type { DocNode } from './material-doc';

const doc: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст' }] }] };

describe('clipboard flavours', () => {
  it('put the title above the body, escaped in HTML', () => {
    expect(plainTextOf('Тезисы <1>', doc)).toBe('Тезисы <1>\n\nТекст');
    expect(htmlOf('Тезисы <1>', doc)).toBe('<h1>Тезисы &lt;1&gt;</h1><p>Текст</p>');
  });
});
