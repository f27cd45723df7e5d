export * from './roles.js';
export * from './regions.js';
export * from './organizations.js';
export * from './contacts.js';
export * from './languages.js';
export * from './material-workflow.js';
export * from './audiences.js';
export * from './material-kinds.js';
