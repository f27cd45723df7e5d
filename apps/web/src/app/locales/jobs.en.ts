/** Texts of the failed background jobs page (administrators), merged into `en`. */
export const jobsEn = {
  jobs: {
    title: 'Failed background jobs',
    intro:
      'Event deliveries that failed even after every retry. Once the cause is fixed, retry the delivery; remove one that is no longer needed (the event itself is kept).',
    empty: 'No failures.',
    failedAt: 'When',
    consumer: 'Consumer',
    attempts: 'Attempts: {{count}}',
    event: 'Event',
    error: 'Error',
    actions: 'Actions',
    retry: 'Retry delivery',
    remove: 'Remove',
  },
};
