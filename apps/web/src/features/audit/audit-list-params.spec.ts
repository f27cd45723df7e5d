import { auditExportUrl, parseAuditParams, toFilterInput, toSearchParams } from './audit-list-params';

const ID = '0b7c5f4e-1a2b-4c3d-8e9f-0123456789ab';

describe('audit list params', () => {
  it('round-trips the filters through the URL', () => {
    const params = {
      actorId: ID,
      subjectType: 'Contact' as const,
      subjectId: ID,
      action: 'contact.update',
      from: '2026-11-01',
      to: '2026-11-25',
      page: 3,
    };
    expect(parseAuditParams(toSearchParams(params))).toEqual(params);
  });

  it('drops malformed values instead of sending them', () => {
    const params = parseAuditParams(
      new URLSearchParams('actor=me&subjectType=Secret&subject=1;DROP&action=A B&from=yesterday&page=-2'),
    );
    expect(params).toEqual({
      actorId: null,
      subjectType: null,
      subjectId: null,
      action: null,
      from: null,
      to: null,
      page: 1,
    });
  });

  it('makes the last day inclusive and sends the same filter to the CSV export', () => {
    const params = parseAuditParams(new URLSearchParams(`from=2026-11-01&to=2026-11-01&subject=${ID}`));
    const filter = toFilterInput(params);
    expect(new Date(filter.to!).getTime() - new Date(filter.from!).getTime()).toBe(86_400_000);
    const url = new URL(auditExportUrl(params), 'http://x');
    expect(url.pathname).toBe('/api/audit/export.csv');
    expect(url.searchParams.get('subjectId')).toBe(ID);
    expect(url.searchParams.get('from')).toBe(filter.from);
  });
});
