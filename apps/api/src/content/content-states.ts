import { ALL_TRANSITIONS, statesOf, WORKFLOW_TYPES } from '@portal/domain';

/** Every revision state and workflow step of every content type: the CHECK constraints of the shared tables. */
export const ALL_STATES: readonly string[] = [...new Set(WORKFLOW_TYPES.flatMap((type) => statesOf(type)))];
export { ALL_TRANSITIONS };
