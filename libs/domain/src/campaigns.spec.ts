import { isOverdue, planProgress } from './campaigns.js';

describe('campaign plan progress', () => {
  const items = [
    { status: 'done' as const, dueOn: '2027-01-10' },
    { status: 'open' as const, dueOn: '2027-01-10' },
    { status: 'open' as const, dueOn: '2027-03-01' },
    { status: 'open' as const, dueOn: null },
    { status: 'dropped' as const, dueOn: '2027-01-01' },
  ];

  it('counts done over the items still in the plan, and open items past their day as overdue', () => {
    expect(planProgress(items, '2027-02-01')).toEqual({ done: 1, total: 4, overdue: 1 });
  });

  it('does not call an item overdue on its own due day, nor a done or dropped one', () => {
    expect(isOverdue({ status: 'open', dueOn: '2027-02-01' }, '2027-02-01')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2027-01-01' }, '2027-02-01')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueOn: '2027-01-01' }, '2027-02-01')).toBe(false);
  });
});
