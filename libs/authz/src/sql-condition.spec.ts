import type { Role } from '@portal/domain';
import { defineAbilityFor } from './define-ability.js';
import { abilityToSql } from './sql-condition.js';

const columns = { kind: 'c.kind', category: 'c.category', status: 'c.status' };
const sqlFor = (...roles: Role[]) =>
  abilityToSql(defineAbilityFor({ id: 'u1', roles, organizationId: null }), 'read', 'Contact', columns);

describe('abilityToSql', () => {
  it('denies everything when there are no rules', () => {
    expect(abilityToSql(defineAbilityFor(null), 'read', 'Contact', columns).sql).toBe('FALSE');
  });

  it('adds no restriction for an unconditional rule', () => {
    expect(sqlFor('admin').sql).toBe('TRUE');
    expect(sqlFor('editor').sql).toBe('TRUE');
  });

  it('turns conditional rules into parameterised OR branches', () => {
    const { sql, params } = sqlFor('reader');
    expect(sql).toContain(' OR ');
    expect(sql).toMatch(/c\.status = :authz_\d/);
    expect(Object.values(params).sort()).toEqual(['active', 'active', 'hotline', 'press'].sort());
  });

  it('refuses fields that have no mapped column rather than dropping the condition', () => {
    expect(() =>
      abilityToSql(defineAbilityFor({ id: 'u1', roles: ['reader'], organizationId: null }), 'read', 'Contact', {}),
    ).toThrow(/No SQL column/);
  });

  it('turns "the actor is among the contributors" into an array containment test', () => {
    const ability = defineAbilityFor({ id: 'u1', roles: ['editor'], organizationId: null });
    const { sql, params } = abilityToSql(ability, 'agree', 'Material', {
      state: 'wr.state',
      contributorIds: 'wr.contributor_ids',
      published: 'TRUE',
    });
    expect(sql).toMatch(/NOT wr\.contributor_ids @> :authz_\d/);
    expect(Object.values(params)).toContainEqual(['u1']);
  });

  it('tests a boolean field as the condition itself, so the planner can use what the column stands for', () => {
    const reader = defineAbilityFor({ id: 'u1', roles: ['reader'], organizationId: null });
    const columns = { state: 'wr.state', contributorIds: 'wr.contributor_ids', published: '(pr.state = 1)' };
    expect(abilityToSql(reader, 'read', 'Material', columns)).toEqual({ sql: '(pr.state = 1)', params: {} });
  });
});
