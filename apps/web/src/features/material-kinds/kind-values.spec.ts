import { kindValues, newKindValues, toKindInput } from './kind-values';

describe('material kind form values', () => {
  const kind = { id: 'k1', code: 'qa', structure: 'qa', nameRu: 'Вопросы', nameKy: 'Суроолор', nameEn: 'Q&A' };

  it('starts an existing kind from its names and structure, at its place in the list', () => {
    expect(kindValues(kind, 2)).toEqual({
      code: 'qa',
      structure: 'qa',
      nameRu: 'Вопросы',
      nameKy: 'Суроолор',
      nameEn: 'Q&A',
      sortOrder: '2',
    });
  });

  it('falls back to plain text for a structure the web does not know', () => {
    expect(kindValues({ ...kind, structure: 'table' }, 1).structure).toBe('text');
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
