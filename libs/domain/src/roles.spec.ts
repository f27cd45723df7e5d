import { isRole, ROLES } from './roles.js';
import { isLanguage } from './languages.js';

describe('roles and languages', () => {
  it('recognises exactly the five roles', () => {
    expect(ROLES).toEqual(['admin', 'approver', 'editor', 'member', 'reader']);
    expect(isRole('editor')).toBe(true);
    expect(isRole('superuser')).toBe(false);
  });

  it('recognises the three interface languages', () => {
    expect(['ru', 'ky', 'en'].every(isLanguage)).toBe(true);
    expect(isLanguage('kz')).toBe(false);
  });
});
