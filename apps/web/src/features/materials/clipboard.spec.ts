import { approvalStamp } from '@portal/domain';
import { htmlOf, plainTextOf } from './clipboard';
import type { DocNode } from './material-doc';

const doc: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст' }] }] };
const approval = {
  state: 'approved',
  approvedBy: 'Бакыт <Жумабеков>',
  approvedAt: '2026-11-25T04:00:00Z',
  revisionNumber: 2,
};

describe('clipboard flavours', () => {
  it('put the title above the body, escaped in HTML', () => {
    expect(plainTextOf('Тезисы <1>', doc)).toBe('Тезисы <1>\n\nТекст');
    expect(htmlOf('Тезисы <1>', doc)).toBe('<h1>Тезисы &lt;1&gt;</h1><p>Текст</p>');
  });

  it('carry the approval stamp in the text language under the title, in both flavours', () => {
    const stamp = approvalStamp('ky', approval);
    expect(stamp).toBe('Министрлик бекиткен: Бакыт <Жумабеков>, 2026-жылдын 25-ноябры (2-редакция)');
    expect(plainTextOf('Тезистер', doc, stamp)).toBe(`Тезистер\n${stamp}\n\nТекст`);
    expect(htmlOf('Тезистер', doc, stamp)).toBe(
      '<h1>Тезистер</h1><p><em>Министрлик бекиткен: Бакыт &lt;Жумабеков&gt;, 2026-жылдын 25-ноябры (2-редакция)</em></p><p>Текст</p>',
    );
  });
});
