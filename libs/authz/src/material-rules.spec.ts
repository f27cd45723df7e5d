import { subject } from '@casl/ability';
import { refuseTransition, ROLES, statesOf, transitionsOf, WORKFLOW_TYPES, WORKFLOWS, type Role } from '@portal/domain';
import { defineAbilityFor } from './define-ability.js';
import { seesWorkInProgress } from './material-visibility.js';
import type { MaterialSubject } from './subjects.js';

const material = (m: Partial<MaterialSubject>) =>
  subject('Material', { state: 'draft', contributorIds: ['someone-else'], published: false, ...m } as MaterialSubject);

describe('material rules', () => {
  it('agree with the domain workflow for every content type, role, state, transition and authorship', () => {
    for (const type of WORKFLOW_TYPES) {
      const item = (state: string, contributorIds: string[]) =>
        subject(WORKFLOWS[type].subject as 'Material', { state, contributorIds, published: false } as MaterialSubject);
      for (const role of ROLES) {
        const ability = defineAbilityFor({ id: 'me', roles: [role], organizationId: null });
        for (const state of statesOf(type)) {
          for (const isAuthor of [false, true]) {
            for (const transition of transitionsOf(type)) {
              const byCasl = ability.can(transition, item(state, isAuthor ? ['other', 'me'] : ['other']));
              const byDomain =
                refuseTransition(type, { transition, state, roles: [role], isAuthor, comment: 'ok' } as never) === null;
              expect({ type, role, state, isAuthor, transition, allowed: byCasl }).toEqual({
                type,
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
    }
  });

  it("never lets one type's steps leak onto another's items", () => {
    const approver = defineAbilityFor({ id: 'me', roles: ['approver'], organizationId: null });
    const minutes = (state: string) =>
      subject('Minutes', { state, contributorIds: [], published: false } as unknown as MaterialSubject);
    expect(approver.can('approve', minutes('circulated'))).toBe(true);
    expect(approver.can('approve', minutes('draft'))).toBe(false);
    expect(approver.can('agree', minutes('circulated'))).toBe(false);
    expect(approver.can('circulate', material({ state: 'draft' }))).toBe(false);
  });

  it('shows readers only approved minutes, members circulated ones too', () => {
    const minutes = (published: boolean) =>
      subject('Minutes', { state: 'circulated', contributorIds: [], published } as unknown as MaterialSubject);
    const reader = defineAbilityFor({ id: 'me', roles: ['reader'], organizationId: null });
    expect(reader.can('read', minutes(false))).toBe(false);
    expect(reader.can('read', minutes(true))).toBe(true);
    const member = defineAbilityFor({ id: 'me', roles: ['member'], organizationId: null });
    expect(member.can('read', minutes(false))).toBe(true);
  });

  it('keeps admins from approving, unless they are also approvers, and never their own text', () => {
    const admin = defineAbilityFor({ id: 'me', roles: ['admin'], organizationId: null });
    expect(admin.can('approve', material({ state: 'in_review' }))).toBe(false);
    const both = defineAbilityFor({ id: 'me', roles: ['admin', 'approver'] as Role[], organizationId: null });
    expect(both.can('approve', material({ state: 'in_review' }))).toBe(true);
    expect(both.can('approve', material({ state: 'in_review', contributorIds: ['me'] }))).toBe(false);
  });

  it('refuses an endorsement to anyone who wrote part of the text, not only its first author', () => {
    const editor = defineAbilityFor({ id: 'b', roles: ['editor'], organizationId: null });
    expect(editor.can('agree', material({ state: 'in_review', contributorIds: ['a'] }))).toBe(true);
    expect(editor.can('agree', material({ state: 'in_review', contributorIds: ['a', 'b'] }))).toBe(false);
    expect(editor.can('request_changes', material({ state: 'in_review', contributorIds: ['b', 'a'] }))).toBe(false);
    const both = defineAbilityFor({ id: 'b', roles: ['editor', 'approver'], organizationId: null });
    expect(both.can('approve', material({ state: 'in_review', contributorIds: ['a', 'b'] }))).toBe(false);
    expect(both.can('submit', material({ state: 'draft', contributorIds: ['a', 'b'] }))).toBe(true);
  });

  it("hides contacts' notes from readers, not from members", () => {
    const contact = subject('Contact', { kind: 'person', category: 'press', status: 'active' } as const);
    const reader = defineAbilityFor({ id: 'me', roles: ['reader'], organizationId: null });
    expect(reader.can('read', contact)).toBe(true);
    expect(reader.can('read', contact, 'phones')).toBe(true);
    expect(reader.can('read', contact, 'notes')).toBe(false);
    const both = defineAbilityFor({ id: 'me', roles: ['reader', 'member'], organizationId: null });
    expect(both.can('read', contact, 'notes')).toBe(true);
  });

  it('lets only those who may see work in progress see it', () => {
    for (const role of ROLES) {
      const ability = defineAbilityFor({ id: 'me', roles: [role], organizationId: null });
      expect({ role, sees: seesWorkInProgress(ability) }).toEqual({ role, sees: role !== 'reader' });
    }
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
