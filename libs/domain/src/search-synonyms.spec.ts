import { searchAlternatives } from './search-synonyms.js';

describe('searchAlternatives', () => {
  it('adds the glossary term for the hotline to the old Kyrgyz name, and back', () => {
    expect(searchAlternatives('Ишеним телефону 189')).toEqual(['Ишеним телефону 189', 'ысык линия 189']);
    expect(searchAlternatives('ысык линиясы')).toEqual(['ысык линиясы', 'ишеним телефону']);
  });

  it('leaves other queries alone', () => {
    expect(searchAlternatives('  горячая линия ')).toEqual(['горячая линия']);
    expect(searchAlternatives('телефон')).toEqual(['телефон']);
  });
});
