import { ALL_TRANSITIONS, type AnyTransition } from '@portal/domain';

const BASE_ACTIONS = [
  'manage',
  'read',
  'create',
  'update',
  'archive',
  'import',
  'export',
  'withdraw',
  'resolve',
  /** Change the embargo or validity of a published text: an approver's act. */
  'reschedule',
] as const;
/** Every action rules can grant; each workflow step of every content type is an action of its own. */
export type Action = (typeof BASE_ACTIONS)[number] | AnyTransition;
export const ACTIONS: readonly Action[] = [...BASE_ACTIONS, ...ALL_TRANSITIONS];
