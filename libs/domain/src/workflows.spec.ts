import { CONTENT_TYPES } from './content-types.js';
import { ROLES, type Role } from './roles.js';
import {
  ALL_TRANSITIONS,
  availableTransitions,
  isEditableIn,
  nextStateOf,
  refuseTransition,
  statesOf,
  transitionsOf,
  WORKFLOW_TYPES,
  WORKFLOWS,
  type StateOf,
  type TransitionOf,
} from './workflows.js';

/** Minutes, written out by hand: drafted by editors, circulated, approved or sent back by an approver. */
function expectedForMinutes(
  transition: TransitionOf<'minutes'>,
  state: StateOf<'minutes'>,
  role: Role,
  isAuthor: boolean,
): string | null {
  const from = { circulate: ['draft'], request_changes: ['circulated'], approve: ['circulated'] };
  const who: Record<string, Role[]> = {
    circulate: ['editor', 'admin'],
    request_changes: ['approver'],
    approve: ['approver'],
  };
  if (!from[transition].includes(state)) return 'wrongState';
  if (!who[transition].includes(role)) return 'role';
  if (isAuthor && transition !== 'circulate') return 'ownText';
  return null;
}

/** Campaigns, written out by hand: drafted by editors, agreed by the working group (not by a contributor), archived. */
function expectedForCampaign(
  transition: TransitionOf<'campaign'>,
  state: StateOf<'campaign'>,
  role: Role,
  isAuthor: boolean,
): string | null {
  const from: Record<string, string[]> = {
    submit: ['draft'],
    request_changes: ['in_review', 'agreed'],
    agree: ['in_review'],
    archive: ['agreed'],
  };
  const who: Record<string, Role[]> = {
    submit: ['editor', 'admin'],
    request_changes: ['approver', 'editor'],
    agree: ['editor', 'approver'],
    archive: ['editor', 'approver', 'admin'],
  };
  if (!from[transition].includes(state)) return 'wrongState';
  if (!who[transition].includes(role)) return 'role';
  if (isAuthor && (transition === 'agree' || transition === 'request_changes')) return 'ownText';
  return null;
}

describe('workflow definitions', () => {
  it('belong to declared content types and are consistent', () => {
    for (const type of WORKFLOW_TYPES) {
      const workflow = WORKFLOWS[type];
      const states: readonly string[] = workflow.states;
      expect(workflow.type).toBe(type);
      expect(CONTENT_TYPES).toContain(type);
      expect(states).toContain(workflow.initialState);
      for (const state of [...workflow.publishedStates, ...workflow.editableStates]) expect(states).toContain(state);
      for (const rule of Object.values(workflow.transitions)) {
        expect(states).toContain(rule.to);
        for (const state of rule.from) expect(states).toContain(state);
        expect(rule.roles.length).toBeGreaterThan(0);
      }
      // An initial state readers could see would publish a text nobody endorsed.
      expect(workflow.publishedStates).not.toContain(workflow.initialState);
    }
  });

  const minutesCases = transitionsOf('minutes').flatMap((transition) =>
    statesOf('minutes').flatMap((state) =>
      ROLES.flatMap((role) => [false, true].map((isAuthor) => [transition, state, role, isAuthor] as const)),
    ),
  );

  it.each(minutesCases)('minutes: %s from %s by %s (author: %s)', (transition, state, role, isAuthor) => {
    expect(refuseTransition('minutes', { transition, state, roles: [role], isAuthor, comment: 'ok' })).toBe(
      expectedForMinutes(transition, state, role, isAuthor),
    );
  });

  it('runs the minutes through draft, circulated and approved, with a reason to send them back', () => {
    expect(nextStateOf('minutes', 'circulate')).toBe('circulated');
    expect(nextStateOf('minutes', 'approve')).toBe('approved');
    expect(nextStateOf('minutes', 'request_changes')).toBe('draft');
    expect(
      refuseTransition('minutes', {
        transition: 'request_changes',
        state: 'circulated',
        roles: ['approver'],
        isAuthor: false,
      }),
    ).toBe('commentRequired');
    expect(availableTransitions('minutes', 'circulated', ['approver'], false)).toEqual(['request_changes', 'approve']);
    expect(WORKFLOWS.minutes.publishedStates).toEqual(['approved']);
    expect(isEditableIn('minutes', 'draft')).toBe(true);
    expect(isEditableIn('minutes', 'circulated')).toBe(false);
  });

  const campaignCases = transitionsOf('campaign').flatMap((transition) =>
    statesOf('campaign').flatMap((state) =>
      ROLES.flatMap((role) => [false, true].map((isAuthor) => [transition, state, role, isAuthor] as const)),
    ),
  );

  it.each(campaignCases)('campaign: %s from %s by %s (author: %s)', (transition, state, role, isAuthor) => {
    expect(refuseTransition('campaign', { transition, state, roles: [role], isAuthor, comment: 'ok' })).toBe(
      expectedForCampaign(transition, state, role, isAuthor),
    );
  });

  it('shows readers agreed and archived campaign plans, never drafts or plans under review', () => {
    expect(WORKFLOWS.campaign.publishedStates).toEqual(['agreed', 'archived']);
    expect(nextStateOf('campaign', 'agree')).toBe('agreed');
    expect(isEditableIn('campaign', 'draft')).toBe(true);
    expect(isEditableIn('campaign', 'in_review')).toBe(false);
  });

  it('lists every step of every type once, as actions', () => {
    expect([...ALL_TRANSITIONS].sort()).toEqual(
      ['agree', 'approve', 'archive', 'circulate', 'request_changes', 'submit'].sort(),
    );
  });
});
