import { expensiveGraphqlCount, expensiveRestCount } from './expensive-request.js';

describe('expensive requests', () => {
  it('counts searches in literals and variables, each aliased search once', () => {
    expect(expensiveGraphqlCount({ query: '{ materials(filter: { search: "закон" }) { total } }' })).toBe(1);
    expect(expensiveGraphqlCount({ query: '{ documents(filter: { search: "мыйзам" }) { total } }' })).toBe(1);
    expect(
      expensiveGraphqlCount({
        query: 'query($f: ContactFilterInput) { contacts(filter: $f) { total } }',
        variables: { f: { search: 'Бишкек', region: 'chui' } },
      }),
    ).toBe(1);
    expect(
      expensiveGraphqlCount({
        query:
          'query($s: String) { a: contacts(filter: { search: $s }) { total } b: materials(filter: { search: $s }) { total } }',
        variables: { s: 'Ош' },
      }),
    ).toBe(2);
  });

  it('does not count lists without a search, blank searches or other fields named search', () => {
    expect(
      expensiveGraphqlCount({ query: '{ materials { total } contacts(filter: { region: chui }) { total } }' }),
    ).toBe(0);
    expect(expensiveGraphqlCount({ query: '{ contacts(filter: { search: "  " }) { total } }' })).toBe(0);
    expect(
      expensiveGraphqlCount({
        query: 'query($f: MaterialFilterInput) { materials(filter: $f) { total } }',
        variables: {},
      }),
    ).toBe(0);
    expect(expensiveGraphqlCount({ query: '{ me { user { id } } }', variables: { search: 'x' } })).toBe(0);
  });

  it('counts each diff of two revisions, aliased or not', () => {
    expect(
      expensiveGraphqlCount({
        query:
          'query($id: ID!) { a: materialDiff(id: $id, fromNumber: 1, toNumber: 2) { title { value } } b: materialDiff(id: $id, fromNumber: 2, toNumber: 3) { title { value } } }',
        variables: { id: 'x' },
      }),
    ).toBe(2);
  });

  it('counts imports, and searches inside fragments of the chosen operation only', () => {
    expect(expensiveGraphqlCount({ query: 'mutation { previewContactImport(csv: "x") { total } }' })).toBe(1);
    expect(expensiveGraphqlCount({ query: 'mutation($c: String!) { importContacts(csv: $c) { total } }' })).toBe(1);
    const query = `query Quiet { me { user { id } } }
      query Loud { ...Search ... on Query { contacts(filter: { search: "a" }) { total } } }
      fragment Search on Query { materials(filter: { search: "b" }) { total } }`;
    expect(expensiveGraphqlCount({ query, operationName: 'Loud' })).toBe(2);
    expect(expensiveGraphqlCount({ query, operationName: 'Quiet' })).toBe(0);
    expect(expensiveGraphqlCount({ query })).toBe(0);
  });

  it('counts nothing for what Apollo will refuse anyway', () => {
    expect(expensiveGraphqlCount({ query: '{ materials(filter: { search: "x" } ' })).toBe(0);
    expect(expensiveGraphqlCount(null)).toBe(0);
    expect(expensiveGraphqlCount({ query: 42 })).toBe(0);
  });

  it('counts REST exports', () => {
    expect(expensiveRestCount('/api/contacts/export.csv')).toBe(1);
    expect(expensiveRestCount('/api/materials/export.pdf')).toBe(1);
    expect(expensiveRestCount('/api/materials/0b6f/export.docx')).toBe(1);
    expect(expensiveRestCount('/api/contacts/0b6f/vcard')).toBe(0);
    expect(expensiveRestCount('/api/health')).toBe(0);
  });
});
