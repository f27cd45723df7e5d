import { REVISION_STATES, TRANSITIONS, type RevisionState, type Transition } from './material-workflow.js';
import { availableTransitions, isContributor, nextStateOf, refuseTransition } from './workflows.js';
import { ROLES, type Role } from './roles.js';

/** The expected outcome of every transition from every state, for every single role, author or not. */
function expected(transition: Transition, state: RevisionState, role: Role, isAuthor: boolean): string | null {
  const from: Record<Transition, RevisionState[]> = {
    submit: ['draft'],
    request_changes: ['in_review', 'agreed'],
    agree: ['in_review'],
    approve: ['in_review', 'agreed'],
    archive: ['agreed', 'approved'],
  };
  const who: Record<Transition, Role[]> = {
    submit: ['editor', 'admin'],
    request_changes: ['approver', 'editor'],
    agree: ['editor', 'approver'],
    approve: ['approver'],
    archive: ['editor', 'approver', 'admin'],
  };
  if (!from[transition].includes(state)) return 'wrongState';
  if (!who[transition].includes(role)) return 'role';
  if (isAuthor && ['request_changes', 'agree', 'approve'].includes(transition)) return 'ownText';
  return null;
}

describe('material workflow', () => {
  const cases = TRANSITIONS.flatMap((transition) =>
    REVISION_STATES.flatMap((state) =>
      ROLES.flatMap((role) => [false, true].map((isAuthor) => [transition, state, role, isAuthor] as const)),
    ),
  );

  it.each(cases)('%s from %s by %s (author: %s)', (transition, state, role, isAuthor) => {
    const refusal = refuseTransition('material', { transition, state, roles: [role], isAuthor, comment: 'because' });
    expect(refusal).toBe(expected(transition, state, role, isAuthor));
  });

  it('never lets anyone approve their own text, whatever roles they hold', () => {
    expect(
      refuseTransition('material', { transition: 'approve', state: 'in_review', roles: [...ROLES], isAuthor: true }),
    ).toBe('ownText');
  });

  it('requires a comment to send a text back', () => {
    const base = {
      transition: 'request_changes' as const,
      state: 'in_review' as const,
      roles: ['approver' as const],
      isAuthor: false,
    };
    expect(refuseTransition('material', { ...base, comment: '   ' })).toBe('commentRequired');
    expect(refuseTransition('material', { ...base, comment: null })).toBe('commentRequired');
    expect(refuseTransition('material', { ...base, comment: 'Уточните цифры' })).toBeNull();
  });

  it('moves to the documented states and lists what a user may do', () => {
    expect(TRANSITIONS.map((t) => nextStateOf('material', t))).toEqual([
      'in_review',
      'draft',
      'agreed',
      'approved',
      'archived',
    ]);
    expect(availableTransitions('material', 'in_review', ['approver'], false)).toEqual([
      'request_changes',
      'agree',
      'approve',
    ]);
    expect(availableTransitions('material', 'in_review', ['approver'], true)).toEqual([]);
    expect(availableTransitions('material', 'draft', ['reader', 'member'], false)).toEqual([]);
  });

  it('counts everyone who saved the text as its author', () => {
    expect(isContributor(['a', 'b'], 'b')).toBe(true);
    expect(isContributor(['a'], 'b')).toBe(false);
    expect(isContributor([], 'a')).toBe(false);
  });
});
