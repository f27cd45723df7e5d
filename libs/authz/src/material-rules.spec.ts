import { subject } from '@casl/ability';
import { refuseTransition, REVISION_STATES, ROLES, TRANSITIONS, type Role } from '@portal/domain';
import { defineAbilityFor } from './define-ability.js';
import type { MaterialSubject } from './subjects.js';

const material = (m: Partial<MaterialSubject>) =>
  subject('Material', { state: 'draft', authorId: 'someone-else', published: false, ...m } as MaterialSubject);

describe('material rules', () => {
  it('agree with the domain workflow for every role, state, transition and authorship', () => {
    for (const role of ROLES) {
      const ability = defineAbilityFor({ id: 'me', roles: [role], organizationId: null });
      for (const state of REVISION_STATES) {
        for (const isAuthor of [false, true]) {
          for (const transition of TRANSITIONS) {
            const byCasl = ability.can(transition, material({ state, authorId: isAuthor ? 'me' : 'other' }));
            const byDomain = refuseTransition({ transition, state, roles: [role], isAuthor, comment: 'ok' }) === null;
            expect({ role, state, isAuthor, transition, allowed: byCasl }).toEqual({
              role,
              state,
              isAuthor,
              transition,
              allowed: byDomain,
            });
          }
        }
      }
    }
  });

  it('keeps admins from approving, unless they are also approvers, and never their own text', () => {
    const admin = defineAbilityFor({ id: 'me', roles: ['admin'], organizationId: null });
    expect(admin.can('approve', material({ state: 'in_review' }))).toBe(false);
    const both = defineAbilityFor({ id: 'me', roles: ['admin', 'approver'] as Role[], organizationId: null });
    expect(both.can('approve', material({ state: 'in_review' }))).toBe(true);
    expect(both.can('approve', material({ state: 'in_review', authorId: 'me' }))).toBe(false);
  });

  it('shows readers only published materials, members everything', () => {
    const reader = defineAbilityFor({ id: 'me', roles: ['reader'], organizationId: null });
    expect(reader.can('read', material({ published: true }))).toBe(true);
    expect(reader.can('read', material({ published: false, state: 'approved' }))).toBe(false);
    const member = defineAbilityFor({ id: 'me', roles: ['member'], organizationId: null });
    expect(member.can('read', material({ published: false }))).toBe(true);
    expect(member.can('update', 'Material')).toBe(false);
  });
});
