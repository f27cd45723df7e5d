import { landingPath, WAITING_PATH } from './landing';

describe('landingPath', () => {
  it('sends each role to what it uses most', () => {
    expect(landingPath(['reader'])).toBe('/materials');
    expect(landingPath(['admin'])).toBe('/materials');
    expect(landingPath(['approver', 'member'])).toBe(WAITING_PATH);
    expect(landingPath(['editor'])).toBe('/materials?view=working');
    expect(landingPath(['member'])).toBe('/materials?view=working');
    expect(landingPath([])).toBe('/materials');
  });
});
