import { EN_WRONG_WORDS, KY_ACCOUNT_WRONG_WORDS, KY_WRONG_WORDS, SAME_IDEA, type WrongWord } from './glossary-rules.js';

const flagged = (rules: readonly WrongWord[], text: string) => rules.some((r) => r.wrong.test(text));

describe('glossary rules', () => {
  it.each([
    'Улуттук ишеним телефонунун номери',
    'Текст кайтарылып алынган',
    'Күйгүзүү',
    'Адам сатуунун курмандыктары',
    'тезистер, суроо-жооптор',
    'Материалды оңдоо',
    'министерствонун реестринде',
    'сырсөз ойлоп табыңыз',
    '2-аталыш',
    'Табылды: {{count}} дан ашык',
    'Табылды: {{count}}дан ашык',
    'Сиздин версия',
    'Сиздин өзгөртүүлөр жоголот',
    'Текст {{date}} кайтарылып алынган',
  ])('flags «%s» in Kyrgyz', (text) => {
    expect(flagged(KY_WRONG_WORDS, text)).toBe(true);
  });

  it.each([
    'Улуттук ысык линиянын 189 номерин сактаңыз',
    'Текст колдонуудан алынган ({{date}})',
    'Эмбарго {{date}} чейин',
    'Жарыяланды: {{date}}',
    'Министрлик бекиткен: {{name}}, {{date}} ({{number}}-редакция)',
    'Кайра иштетүү',
    'Адам сатуудан жабыркагандар',
    'тезистер, суроолор жана жооптор',
    'Материалды түзөтүү',
    'министрликтин реестрине',
    '3-деңгээлдеги аталыш',
    'Табылды: {{count}} жана андан көп',
    'Бир файлга {{max}} материалдан ашык батпайт.',
    'Сиздин версияңыз',
    'Сиздин өзгөртүүлөрүңүз жоголот',
    'Сиздин жообуңуз',
    '{{pages}} барактын {{page}}-бети',
  ])('accepts «%s» in Kyrgyz', (text) => {
    expect(flagged(KY_WRONG_WORDS, text)).toBe(false);
  });

  it('tells deactivation from deletion only where accounts are meant', () => {
    expect(flagged(KY_ACCOUNT_WRONG_WORDS, 'Өчүрүлгөн')).toBe(true);
    expect(flagged(KY_ACCOUNT_WRONG_WORDS, 'Бөгөттөлгөн')).toBe(false);
  });

  it('keeps English to the glossary', () => {
    expect(flagged(EN_WRONG_WORDS, 'Send back for changes')).toBe(true);
    expect(flagged(EN_WRONG_WORDS, 'wait until it is sent back for changes')).toBe(true);
    expect(flagged(EN_WRONG_WORDS, 'Civil-society organisation')).toBe(true);
    expect(flagged(EN_WRONG_WORDS, 'Request changes')).toBe(false);
  });

  it('reads «не удалось» as failure, not as removal', () => {
    const remove = SAME_IDEA.find((i) => i.idea === 'remove')!;
    expect(remove.ru.test('Не удалось прочитать файл.')).toBe(false);
    expect(remove.ru.test('Удалить')).toBe(true);
    expect(remove.ru.test('удалено')).toBe(true);
  });
});
