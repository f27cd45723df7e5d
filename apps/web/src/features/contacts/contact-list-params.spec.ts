import { exportUrl, parseListParams, toFilterInput, toSearchParams } from './contact-list-params';
import { contactKeys } from './contacts.keys';

describe('contact list parameters', () => {
  it('round-trips through the URL', () => {
    const params = parseListParams(
      new URLSearchParams('category=press&category=cso_leader&region=osh&kind=person&q=Ош&sort=updated&page=3'),
    );
    expect(params).toEqual({
      categories: ['press', 'cso_leader'],
      organizationType: null,
      organizationId: null,
      region: 'osh',
      national: false,
      kind: 'person',
      status: null,
      search: 'Ош',
      sort: 'updated',
      page: 3,
    });
    expect(parseListParams(toSearchParams(params))).toEqual(params);
  });

  it('drops unknown values and bad pages', () => {
    const params = parseListParams(new URLSearchParams('category=spy&region=moon&sort=evil&page=-2'));
    expect(params.categories).toEqual([]);
    expect(params.region).toBeNull();
    expect(params.sort).toBe('name');
    expect(params.page).toBe(1);
    expect(toSearchParams(params).toString()).toBe('');
  });

  it('keeps "national only" in the URL and the export, and it overrides a region', () => {
    const params = parseListParams(new URLSearchParams('national=1&region=osh'));
    expect(params).toMatchObject({ national: true, region: null });
    expect(toSearchParams(params).toString()).toBe('national=1');
    expect(toFilterInput(params)).toEqual({ national: true });
    expect(exportUrl(params)).toBe('/api/contacts/export.csv?national=true');
  });

  it('filters by one organization in the URL, the API and the export, dropping a malformed id', () => {
    const id = '5f0c6d1e-8a4b-4c1d-9e2f-3a4b5c6d7e8f';
    const params = parseListParams(new URLSearchParams(`org=${id}`));
    expect(params.organizationId).toBe(id);
    expect(toSearchParams(params).toString()).toBe(`org=${id}`);
    expect(toFilterInput(params)).toEqual({ organizationId: id });
    expect(exportUrl(params)).toBe(`/api/contacts/export.csv?organizationId=${id}`);
    expect(parseListParams(new URLSearchParams('org=1; drop')).organizationId).toBeNull();
  });

  it('sends only set filters to the API', () => {
    expect(toFilterInput(parseListParams(new URLSearchParams('kind=hotline')))).toEqual({ kind: 'hotline' });
  });

  it('builds the CSV export URL for the same filter', () => {
    const params = parseListParams(new URLSearchParams('category=press&category=cso_leader&status=archived&q=a b'));
    expect(exportUrl(params)).toBe('/api/contacts/export.csv?categories=press%2Ccso_leader&status=archived&search=a+b');
    expect(exportUrl(parseListParams(new URLSearchParams()))).toBe('/api/contacts/export.csv');
    expect(exportUrl(parseListParams(new URLSearchParams('region=osh')), 'xlsx')).toBe(
      '/api/contacts/export.xlsx?region=osh',
    );
    expect(exportUrl(parseListParams(new URLSearchParams('kind=hotline')), 'vcf')).toBe(
      '/api/contacts/export.vcf?kind=hotline',
    );
  });

  it('nests list and detail keys under one root that mutations invalidate', () => {
    const params = parseListParams(new URLSearchParams());
    expect(contactKeys.list(params).slice(0, 2)).toEqual([...contactKeys.lists()]);
    expect(contactKeys.detail('c1')[0]).toBe(contactKeys.all[0]);
    expect(contactKeys.lists()[0]).toBe(contactKeys.all[0]);
  });
});
