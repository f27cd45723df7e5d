import {
  BODY_STRUCTURES,
  CONTACT_CATEGORIES,
  EN_WRONG_WORDS,
  KY_ACCOUNT_WRONG_WORDS,
  KY_WRONG_WORDS,
  LANGUAGES,
  ORGANIZATION_TYPES,
  REGIONS,
  REVISION_STATES,
  ROLES,
  RU_WRONG_WORDS,
  SAME_IDEA,
  TRANSITIONS,
  type WrongWord,
} from '@portal/domain';
import i18next from 'i18next';
import { AUDIENCES, CHANNELS } from '../../features/materials/material-options';
import { en } from './en';
import { ky } from './ky';
import { ru } from './ru';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((out, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...out, [path]: value } : { ...out, ...flatten(value, path) };
  }, {});
}

const flat = { ru: flatten(ru), ky: flatten(ky), en: flatten(en) };
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it.each(['ky', 'en'] as const)('%s has exactly the keys of ru', (language) => {
    expect(Object.keys(flat[language]).sort()).toEqual(Object.keys(flat.ru).sort());
  });

  it.each(['ru', 'ky', 'en'] as const)('%s has no empty strings and keeps every placeholder', (language) => {
    for (const [key, value] of Object.entries(flat[language])) {
      expect(`${key}: ${value.trim()}`).not.toBe(`${key}: `);
      expect({ key, placeholders: placeholders(value) }).toEqual({ key, placeholders: placeholders(flat.ru[key]) });
    }
  });

  it('labels every enum value of the domain', () => {
    const groups: [string, readonly string[]][] = [
      ['regions', REGIONS],
      ['organizationTypes', ORGANIZATION_TYPES],
      ['categories', CONTACT_CATEGORIES],
      ['roles', ROLES],
      ['languages', LANGUAGES],
      ['materialStates', REVISION_STATES],
      ['transitions', TRANSITIONS],
      ['audiences', AUDIENCES],
      ['channels', CHANNELS],
      ['kindStructures', BODY_STRUCTURES],
    ];
    for (const [group, values] of groups) {
      for (const value of values) expect(flat.ru[`${group}.${value}`]).toBeTruthy();
    }
  });

  it('is really translated, not copied from Russian', () => {
    const same = (other: Record<string, string>) =>
      Object.keys(flat.ru).filter(
        (k) => other[k] === flat.ru[k] && /[а-яё]{4}/i.test(flat.ru[k]) && !k.startsWith('languages.'),
      );
    expect(same(flat.en)).toEqual([]);
    // Loanwords spelled the same in Kyrgyz (Администратор, Редактор, Категория, Импорт, Версия…) are fine.
    expect(same(flat.ky).length).toBeLessThan(12);
  });
});

/** Every use of a word the glossary rules out, as "key: value → use …". */
function wrongWords(messages: Record<string, string>, rules: readonly WrongWord[], keys = /./): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    keys.test(key) ? rules.filter((r) => r.wrong.test(value)).map((r) => `${key}: ${value} → use ${r.use}`) : [],
  );
}

describe('wording (docs/GLOSSARY.md)', () => {
  it('no Kyrgyz string uses a word the glossary rules out', () => {
    expect(wrongWords(flat.ky, KY_WRONG_WORDS)).toEqual([]);
    expect(wrongWords(flat.ky, KY_ACCOUNT_WRONG_WORDS, /^(users|userStatuses|account|auth)\./)).toEqual([]);
  });

  it('no Russian or English string uses a word the glossary rules out', () => {
    expect(wrongWords(flat.ru, RU_WRONG_WORDS)).toEqual([]);
    expect(wrongWords(flat.en, EN_WRONG_WORDS)).toEqual([]);
  });

  it('names each idea of the glossary with its one word in every language', () => {
    const problems = Object.entries(flat.ru).flatMap(([key, ru]) =>
      SAME_IDEA.filter((idea) => (!idea.keys || idea.keys.test(key)) && idea.ru.test(ru)).flatMap((idea) => [
        ...(idea.ky.test(flat.ky[key]) ? [] : [`${key} (${idea.idea}): ky «${flat.ky[key]}» lacks ${idea.ky}`]),
        ...(!idea.en || idea.en.test(flat.en[key])
          ? []
          : [`${key} (${idea.idea}): en "${flat.en[key]}" lacks ${idea.en}`]),
      ]),
    );
    expect(problems).toEqual([]);
  });
});

const COUNTS = [1, 2, 5, 21, 1000];
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Placeholders that carry a quantity (the others are labels: a revision number, a page, a name, a date). */
const QUANTITY = /^(count|max|min|total|limit|created|rejected|valid|remaining)$/i;
/** Words that read the same after any number: prepositions and conjunctions, English participles. */
const NEUTRAL_NEXT: Record<'ru' | 'en', RegExp> = {
  ru: /^(в|во|на|из|и|или|до|за|по|с|со|к|от|для)$/i,
  en: /^(in|of|or|and|to|for|at|per|\w+ed)$/i,
};

/**
 * Where a number is followed by a word whose form depends on it (Russian «5 символов», English "5 characters"), the
 * placeholder must be {{count}} and the key must have i18next plural forms for every category of the language.
 */
function quantityProblems(messages: Record<string, string>, language: 'ru' | 'ky' | 'en'): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const problems: string[] = [];
  for (const [key, value] of Object.entries(messages)) {
    const base = key.replace(PLURAL, '');
    if (base !== key) {
      for (const c of categories) if (!(`${base}_${c}` in messages)) problems.push(`${base}: no ${base}_${c}`);
      if (!/{{\s*count\s*}}/.test(value)) problems.push(`${key}: plural forms need {{count}}`);
      continue;
    }
    if (language === 'ky') continue; // A Kyrgyz noun does not change after a number; suffixes are in KY_WRONG_WORDS.
    for (const m of value.matchAll(/\{\{\s*(\w+)\s*\}\}\s*(\p{L}*)/gu)) {
      const [, name, next] = m;
      if (QUANTITY.test(name) && next && !NEUTRAL_NEXT[language].test(next))
        problems.push(`${key}: «{{${name}}} ${next}» changes with the number: use {{count}} and plural forms`);
    }
  }
  return [...new Set(problems)];
}

describe('numbers in messages', () => {
  it.each(['ru', 'ky', 'en'] as const)('%s: a number never needs a word form the message cannot give', (language) => {
    expect(quantityProblems(flat[language], language)).toEqual([]);
  });

  it('the check catches a count with a noun and accepts plural forms', () => {
    expect(quantityProblems({ a: 'Не более {{count}} символов' }, 'ru')).toHaveLength(1);
    expect(quantityProblems({ a: 'At most {{max}} characters' }, 'en')).toHaveLength(1);
    expect(quantityProblems({ a_one: '{{count}} символ', a_few: '{{count}} символа' }, 'ru')).toEqual([
      'a: no a_many',
      'a: no a_other',
    ]);
    const full = { a_one: '{{count}} символ', a_few: '{{count}} символа', a_many: '{{count}} символов', a_other: '' };
    expect(quantityProblems({ ...full, a_other: '{{count}} символа' }, 'ru')).toEqual([]);
  });

  it('reads correctly for 1, 2, 5, 21 and 1000 in every language', async () => {
    const resources = {
      ru: {
        translation: {
          ...ru,
          t_one: '{{count}} текст',
          t_few: '{{count}} текста',
          t_many: '{{count}} текстов',
          t_other: '{{count}} текста',
        },
      },
      ky: { translation: { ...ky, t_one: '{{count}} текст', t_other: '{{count}} текст' } },
      en: { translation: { ...en, t_one: '{{count}} text', t_other: '{{count}} texts' } },
    };
    const t = await Promise.all(
      (['ru', 'ky', 'en'] as const).map(async (lng) => {
        const i18n = i18next.createInstance();
        await i18n.init({ resources, lng, interpolation: { escapeValue: false } });
        return (key: string, options: Record<string, number>) => i18n.t(key, options);
      }),
    );
    const render = (key: string, options: (n: number) => Record<string, number>) =>
      COUNTS.map((n) => t.map((tr) => tr(key, options(n))));
    expect(render('t', (count) => ({ count }))).toEqual([
      ['1 текст', '1 текст', '1 text'],
      ['2 текста', '2 текст', '2 texts'],
      ['5 текстов', '5 текст', '5 texts'],
      ['21 текст', '21 текст', '21 texts'],
      ['1000 текстов', '1000 текст', '1000 texts'],
    ]);
    expect(render('materials.totalCapped', (count) => ({ count }))).toEqual(
      COUNTS.map((n) => [`Найдено: более ${n}`, `Табылды: ${n} жана андан көп`, `Found: ${n}+`]),
    );
    expect(render('import.done', (n) => ({ created: n, rejected: n }))).toEqual(
      COUNTS.map((n) => [
        `Импорт завершён: создано ${n}, отклонено ${n}.`,
        `Импорт бүттү: ${n} байланыш түзүлдү, ${n} сап четке кагылды.`,
        `Import finished: ${n} created, ${n} rejected.`,
      ]),
    );
    const labelled: [string, string[]][] = [
      ['contacts.total', ['Найдено', 'Табылды', 'Found']],
      ['materials.total', ['Найдено', 'Табылды', 'Found']],
      ['organizations.total', ['Найдено', 'Табылды', 'Found']],
      ['materials.selected', ['Выбрано', 'Тандалды', 'Selected']],
    ];
    for (const [key, labels] of labelled)
      expect(render(key, (count) => ({ count }))).toEqual(COUNTS.map((n) => labels.map((label) => `${label}: ${n}`)));
  });
});
