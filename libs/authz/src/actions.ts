/** Every action rules can grant; workflow steps get actions of their own. */
export const ACTIONS = [
  'manage',
  'read',
  'create',
  'update',
  'archive',
  'import',
  'export',
  'submit',
  'agree',
  'approve',
  'request_changes',
  'withdraw',
  'resolve',
  /** Change the embargo or validity of a published text: an approver's act. */
  'reschedule',
] as const;
export type Action = (typeof ACTIONS)[number];
