import { kindValues, newKindValues, nextSortOrder, toKindInput } from './kind-values';

describe('material kind form values', () => {
  const kind = {
    id: 'k1',
    code: 'qa',
    structure: 'qa',
    nameRu: 'Вопросы',
    nameKy: 'Суроолор',
    nameEn: 'Q&A',
    sortOrder: 20,
  };

  it('starts an existing kind from its names, structure and its own sort order', () => {
    expect(kindValues(kind)).toEqual({
      code: 'qa',
      structure: 'qa',
      nameRu: 'Вопросы',
      nameKy: 'Суроолор',
      nameEn: 'Q&A',
      sortOrder: '20',
    });
  });

  it('falls back to plain text for a structure the web does not know', () => {
    expect(kindValues({ ...kind, structure: 'table' }).structure).toBe('text');
  });

  it('places a new kind after the highest sort order, not after the count', () => {
    expect(nextSortOrder([{ sortOrder: 3 }, { sortOrder: 40 }, { sortOrder: 7 }])).toBe(41);
    expect(nextSortOrder([])).toBe(1);
  });

  it('trims names and sends a number for the order', () => {
    expect(
      toKindInput({
        ...newKindValues(8),
        code: ' fact_sheet ',
        nameRu: ' Справка ',
        nameKy: 'Маалымат',
        nameEn: 'Fact',
      }),
    ).toEqual({
      code: 'fact_sheet',
      structure: 'text',
      nameRu: 'Справка',
      nameKy: 'Маалымат',
      nameEn: 'Fact',
      sortOrder: 8,
    });
    expect(toKindInput({ ...newKindValues(1), sortOrder: 'x' }).sortOrder).toBe(100);
  });
});
