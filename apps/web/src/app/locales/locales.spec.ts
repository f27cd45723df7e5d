import {
  BODY_STRUCTURES,
  CONTACT_CATEGORIES,
  LANGUAGES,
  ORGANIZATION_TYPES,
  REGIONS,
  REVISION_STATES,
  ROLES,
  TRANSITIONS,
} from '@portal/domain';
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
