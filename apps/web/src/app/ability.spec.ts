import { abilityFromRules, rulesFor } from '@portal/authz';
import { parseRules } from './ability';

describe('parseRules', () => {
  it('round-trips the rules the API sends', () => {
    const json = JSON.stringify(rulesFor({ id: 'u1', roles: ['editor'], organizationId: null }));
    const ability = abilityFromRules(parseRules(json));
    expect(ability.can('create', 'Contact')).toBe(true);
    expect(ability.can('manage', 'User')).toBe(false);
  });

  it('allows nothing for missing or malformed rules', () => {
    for (const json of [null, '', '{', '{"a":1}']) {
      expect(abilityFromRules(parseRules(json)).can('read', 'Contact')).toBe(false);
    }
  });
});
