import { WAITING_PATH } from '../../app/landing';
import { isWaitingView, parseListParams, toFilterInput, toSearchParams } from './material-list-params';
import { materialKeys } from './materials.keys';

describe('material list parameters', () => {
  it('round-trips through the URL', () => {
    const url = new URLSearchParams(
      'view=working&kind=k1&kind=k2&state=draft&state=in_review&lang=ky&campaign=0b6f7c52-4a1e-4d6e-9d1e-3f1c2b4a5d6e&audience=returnees&q=мигрант&page=2',
    );
    const params = parseListParams(url, true);
    expect(params).toEqual({
      kindIds: ['k1', 'k2'],
      states: ['draft', 'in_review'],
      language: 'ky',
      campaignId: '0b6f7c52-4a1e-4d6e-9d1e-3f1c2b4a5d6e',
      audience: 'returnees',
      search: 'мигрант',
      view: 'working',
      awaitingMine: false,
      page: 2,
    });
    expect(parseListParams(toSearchParams(params), true)).toEqual(params);
  });

  it('gives readers the published view without state filters, whatever the URL says', () => {
    const params = parseListParams(new URLSearchParams('view=working&state=draft'), false);
    expect(params.view).toBe('published');
    expect(params.states).toEqual([]);
    expect(toSearchParams(params).toString()).toBe('');
  });

  it('keeps only library states in the published view and drops unknown values', () => {
    const params = parseListParams(
      new URLSearchParams('state=draft&state=approved&lang=fr&audience=aliens&page=0&kind=a%20b'),
      true,
    );
    expect(params).toMatchObject({ states: ['approved'], language: null, audience: null, page: 1, kindIds: [] });
  });

  it('sends only set filters to the API', () => {
    expect(toFilterInput(parseListParams(new URLSearchParams('q=тезисы'), false))).toEqual({ search: 'тезисы' });
  });

  it('nests lists, details and history under one root', () => {
    expect(materialKeys.history('m1').slice(0, 3)).toEqual([...materialKeys.detail('m1')]);
    expect(materialKeys.lists()[0]).toBe(materialKeys.all[0]);
  });

  it('recognises the approvers\' "waiting for my decision" view, and only it', () => {
    const waiting = parseListParams(new URLSearchParams(WAITING_PATH.split('?')[1]), true);
    expect(isWaitingView(waiting)).toBe(true);
    expect(toFilterInput(waiting)).toEqual({ awaitingMyDecision: true });
    expect(isWaitingView({ ...waiting, search: 'слово' })).toBe(false);
    expect(isWaitingView({ ...waiting, states: ['in_review'] })).toBe(false);
    expect(isWaitingView({ ...waiting, awaitingMine: false })).toBe(false);
    expect(toSearchParams(waiting).toString()).toBe(WAITING_PATH.split('?')[1]);
    expect(isWaitingView(parseListParams(new URLSearchParams(WAITING_PATH.split('?')[1]), false))).toBe(false);
  });
});
