import { percentDone, toTextInput, EMPTY_CAMPAIGN } from './campaign-values';

describe('campaign form values', () => {
  it('send trimmed texts and nulls for an open period', () => {
    expect(toTextInput({ ...EMPTY_CAMPAIGN, title: ' Горячая линия ', goals: ' Цель ' })).toEqual({
      title: 'Горячая линия',
      startsOn: null,
      endsOn: null,
      audiences: [],
      goals: 'Цель',
      regionalPlan: '',
      csoActivities: '',
    });
  });

  it('show progress as a whole percentage, an empty plan as none done', () => {
    expect(percentDone({ done: 1, total: 3 })).toBe(33);
    expect(percentDone({ done: 0, total: 0 })).toBe(0);
  });
});
