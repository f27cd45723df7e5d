import { WORKFLOWS, publishedStatesOf, statesOf, transitionsOf, type StateOf, type TransitionOf } from './workflows.js';

/** Materials' workflow (`WORKFLOWS.material`) under the names the material code has always used. */
export const REVISION_STATES = statesOf('material');
export type RevisionState = StateOf<'material'>;

export const TRANSITIONS = transitionsOf('material');
export type Transition = TransitionOf<'material'>;

export const TRANSITION_RULES = WORKFLOWS.material.transitions;

/** States a reader (press officer) may ever see; "agreed" is shown clearly marked as not yet approved. */
export const PUBLISHED_STATES = publishedStatesOf('material');
