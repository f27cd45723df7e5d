import { DiffTooLargeError, diffText, MAX_PARAGRAPH_EDITS, MAX_WORD_EDITS } from './revision-diff.js';

const later = () => Date.now() + 10_000;
const changed = (parts: { value: string; added: boolean; removed: boolean }[]) =>
  parts.filter((p) => p.added || p.removed).map((p) => `${p.added ? '+' : '-'}${p.value}`);

describe('revision diff', () => {
  it('compares changed paragraphs word by word, keeping Cyrillic and Kyrgyz words whole', () => {
    const from = 'Первый абзац без изменений.\nЗвоните на горячую линию.\nӨкмөттүн чечими.';
    const to = 'Первый абзац без изменений.\nЗвоните бесплатно на горячую линию.\nӨкмөттүн жаңы чечими.';
    const parts = diffText(from, to, later());
    expect(changed(parts).map((c) => c.trim())).toEqual(['+бесплатно', '+жаңы']);
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(from);
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(to);
  });

  it('compares paragraphs edited one for one each with its counterpart', () => {
    const from = ['Закон о торговле людьми.', 'Мигранттар үчүн жардам.', 'Звоните 189.'].join('\n');
    const to = ['Закон о противодействии торговле людьми.', 'Мигранттарга жардам.', 'Звоните 1899.'].join('\n');
    expect(changed(diffText(from, to, later())).map((c) => c.trim())).toEqual([
      '+противодействии',
      '-Мигранттар үчүн',
      '+Мигранттарга',
      '-189',
      '+1899',
    ]);
  });

  it('shows a paragraph rewritten beyond the word limit as replaced whole', () => {
    const words = (seed: string) => Array.from({ length: MAX_WORD_EDITS }, (_, i) => `${seed}${i}`).join(' ');
    const from = `Общий абзац.\n${words('слово')}`;
    const to = `Общий абзац.\n${words('другое')}`;
    expect(changed(diffText(from, to, later()))).toEqual([`-${words('слово')}`, `+${words('другое')}`]);
  });

  it('refuses texts whose paragraphs differ beyond the limit', () => {
    const paragraphs = (seed: string) =>
      Array.from({ length: MAX_PARAGRAPH_EDITS / 2 + 1 }, (_, i) => `${seed} ${i}`).join('\n');
    expect(() => diffText(paragraphs('Абзац'), paragraphs('Бөлүм'), later())).toThrow(DiffTooLargeError);
  });

  it('refuses once its deadline has passed', () => {
    expect(() => diffText('а\nб', 'в\nг', Date.now() - 1)).toThrow(DiffTooLargeError);
  });
});
