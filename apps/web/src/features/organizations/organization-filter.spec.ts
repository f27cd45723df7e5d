import { filterOrganizations } from './organization-filter';

describe('organization filter', () => {
  const items = [
    { name: 'Министерство здравоохранения', shortName: 'Минздрав', type: 'ministry' as const },
    { name: 'Детский фонд ООН', shortName: 'ЮНИСЕФ', type: 'international' as const },
  ];

  it('matches the name or short name, ignoring case, within a type', () => {
    expect(filterOrganizations(items, { text: 'юнисеф', type: '' })).toEqual([items[1]]);
    expect(filterOrganizations(items, { text: 'здрав', type: 'international' })).toEqual([]);
    expect(filterOrganizations(items, { text: '', type: 'ministry' })).toEqual([items[0]]);
  });
});
