export * from './actions.js';
export * from './subjects.js';
export * from './define-ability.js';
export * from './sql-condition.js';
export * from './contact-fields.js';
export * from './material-visibility.js';
