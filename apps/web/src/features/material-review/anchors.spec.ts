import { anchorOptions, parseAnchor } from './anchors';

const li = { type: 'listItem', content: [{ type: 'paragraph' }] };

describe('comment anchors', () => {
  it('offer one anchor per talking point and per Q&A pair', () => {
    const points = { type: 'doc', content: [{ type: 'orderedList', content: [li, li, li] }] };
    expect(anchorOptions(points, 'points').map((a) => a.value)).toEqual(['point:1', 'point:2', 'point:3']);
    const qa = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 } },
        { type: 'paragraph' },
        { type: 'heading', attrs: { level: 2 } },
        { type: 'heading', attrs: { level: 3 } },
      ],
    };
    expect(anchorOptions(qa, 'qa').map((a) => a.value)).toEqual(['pair:1', 'pair:2']);
    expect(anchorOptions(points, 'text')).toEqual([]);
  });

  it('parse stored anchors and ignore others', () => {
    expect(parseAnchor('pair:2')).toEqual({ value: 'pair:2', kind: 'pair', n: 2 });
    expect(parseAnchor('line:4')).toBeNull();
    expect(parseAnchor(null)).toBeNull();
  });
});
