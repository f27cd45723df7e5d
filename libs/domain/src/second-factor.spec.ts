import { needsSecondFactor, rolesInForce } from './second-factor.js';

describe('second factor', () => {
  it('is required of admins and approvers only', () => {
    expect(needsSecondFactor(['admin'])).toBe(true);
    expect(needsSecondFactor(['member', 'approver'])).toBe(true);
    expect(needsSecondFactor(['editor', 'member', 'reader'])).toBe(false);
  });

  it('withholds administering and approving until enrolled, keeping the other roles', () => {
    expect(rolesInForce(['approver', 'member'], false)).toEqual(['member']);
    expect(rolesInForce(['admin'], false)).toEqual([]);
    expect(rolesInForce(['approver', 'member'], true)).toEqual(['approver', 'member']);
  });
});
