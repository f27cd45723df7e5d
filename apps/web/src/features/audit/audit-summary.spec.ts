import { summaryLines } from './audit-summary';

describe('summaryLines', () => {
  it('shows changes, texts changed without content, and plain facts', () => {
    const json = JSON.stringify({
      name: { from: 'Старое', to: 'Новое' },
      phones: { from: ['+996555000000'], to: null },
      notes: { changed: true },
      created: 3,
    });
    expect(summaryLines(json)).toEqual([
      { field: 'name', from: 'Старое', to: 'Новое' },
      { field: 'phones', from: '+996555000000', to: '—' },
      { field: 'notes', changed: true },
      { field: 'created', value: '3' },
    ]);
  });

  it('shows nothing for a summary it cannot read', () => {
    expect(summaryLines('not json')).toEqual([]);
    expect(summaryLines('null')).toEqual([]);
  });
});
