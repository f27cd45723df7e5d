import { subject } from '@casl/ability';
import type { DocumentVisibility, Role } from '@portal/domain';
import { defineAbilityFor } from './define-ability.js';
import type { DocumentSubject } from './subjects.js';

const actor = (...roles: Role[]) => ({ id: 'u1', roles, organizationId: null });
const document = (visibility: DocumentVisibility, visibleRoles: Role[] = []) =>
  subject('Document', { visibility, visibleRoles } as DocumentSubject);

describe('document rules', () => {
  it('opens documents to everyone signed in, to members and up, or to the roles named', () => {
    const reader = defineAbilityFor(actor('reader'));
    expect(reader.can('read', document('signed_in'))).toBe(true);
    expect(reader.can('read', document('members'))).toBe(false);
    expect(reader.can('read', document('roles', ['reader']))).toBe(true);
    expect(reader.can('read', document('roles', ['editor']))).toBe(false);
    const member = defineAbilityFor(actor('member'));
    expect(member.can('read', document('members'))).toBe(true);
    expect(member.can('read', document('roles', ['editor', 'approver']))).toBe(false);
    expect(defineAbilityFor(actor('member', 'approver')).can('read', document('roles', ['approver']))).toBe(true);
    expect(defineAbilityFor(actor('admin')).can('read', document('roles', ['editor']))).toBe(true);
    expect(defineAbilityFor(null).can('read', document('signed_in'))).toBe(false);
  });

  it('lets editors file, change and archive documents, and only admins purge and add categories', () => {
    const editor = defineAbilityFor(actor('editor'));
    expect(editor.can('create', 'Document')).toBe(true);
    expect(editor.can('archive', 'Document')).toBe(true);
    expect(editor.can('manage', 'Document')).toBe(false);
    expect(editor.can('manage', 'DocumentCategory')).toBe(false);
    expect(defineAbilityFor(actor('member')).can('create', 'Document')).toBe(false);
    expect(defineAbilityFor(actor('admin')).can('manage', 'Document')).toBe(true);
  });
});
