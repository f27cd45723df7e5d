import { subject } from '@casl/ability';
import type { Role } from '@portal/domain';
import { defineAbilityFor } from './define-ability.js';
import type { ContactSubject } from './subjects.js';

const actor = (...roles: Role[]) => ({ id: 'u1', roles, organizationId: null });
const contact = (c: Partial<ContactSubject>) =>
  subject('Contact', { kind: 'person', category: 'cso_leader', status: 'active', ...c } as ContactSubject);

describe('defineAbilityFor', () => {
  it('gives anonymous users nothing', () => {
    const ability = defineAbilityFor(null);
    expect(ability.rules).toEqual([]);
    expect(ability.can('read', 'Organization')).toBe(false);
  });

  it('lets readers see press contacts and hotlines only', () => {
    const ability = defineAbilityFor(actor('reader'));
    expect(ability.can('read', contact({ category: 'press' }))).toBe(true);
    expect(ability.can('read', contact({ kind: 'hotline', category: null }))).toBe(true);
    expect(ability.can('read', contact({ category: 'ministry_regional' }))).toBe(false);
    expect(ability.can('read', contact({ category: 'press', status: 'archived' }))).toBe(false);
    expect(ability.can('create', 'Contact')).toBe(false);
  });

  it('lets members read active contacts but not change them', () => {
    const ability = defineAbilityFor(actor('member'));
    expect(ability.can('read', contact({}))).toBe(true);
    expect(ability.can('read', contact({ status: 'archived' }))).toBe(false);
    expect(ability.can('update', 'Contact')).toBe(false);
  });

  it('lets editors create, update, archive and import contacts, archived ones included', () => {
    const ability = defineAbilityFor(actor('editor'));
    expect(ability.can('read', contact({ status: 'archived' }))).toBe(true);
    for (const action of ['create', 'update', 'archive', 'import'] as const) {
      expect(ability.can(action, 'Contact')).toBe(true);
    }
    expect(ability.can('read', 'Invite')).toBe(false);
  });

  it('unions the rules of several roles', () => {
    const ability = defineAbilityFor(actor('reader', 'editor'));
    expect(ability.can('read', contact({ category: 'ministry_regional' }))).toBe(true);
    expect(ability.can('create', 'Contact')).toBe(true);
  });

  it('lets users read and update only their own account', () => {
    const ability = defineAbilityFor(actor('member'));
    expect(ability.can('update', subject('User', { id: 'u1' }))).toBe(true);
    expect(ability.can('update', subject('User', { id: 'u2' }))).toBe(false);
  });

  it('lets admins do everything', () => {
    const ability = defineAbilityFor(actor('admin'));
    expect(ability.can('manage', 'User')).toBe(true);
    expect(ability.can('create', 'Invite')).toBe(true);
  });

  it('shows the audit log to admins only', () => {
    expect(defineAbilityFor(actor('admin')).can('read', 'AuditEvent')).toBe(true);
    expect(defineAbilityFor(actor('admin')).can('export', 'AuditEvent')).toBe(true);
    for (const role of ['reader', 'member', 'editor', 'approver'] as const) {
      expect(defineAbilityFor(actor(role)).can('read', 'AuditEvent')).toBe(false);
      expect(defineAbilityFor(actor(role)).can('export', 'AuditEvent')).toBe(false);
    }
  });

  it('lets members and up upload files, readers not', () => {
    for (const role of ['member', 'editor', 'approver', 'admin'] as const) {
      expect(defineAbilityFor(actor(role)).can('create', 'Upload')).toBe(true);
    }
    expect(defineAbilityFor(actor('reader')).can('create', 'Upload')).toBe(false);
    expect(defineAbilityFor(null).can('create', 'Upload')).toBe(false);
  });
});
