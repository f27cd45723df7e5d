/** Query keys of the failed-jobs page; retrying or removing a job invalidates them. */
export const jobKeys = {
  all: ['jobs'] as const,
  deadLetters: () => [...jobKeys.all, 'dead-letters'] as const,
};
