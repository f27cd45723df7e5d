import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The web app must never reach into the server or its database code.
const noServerCode = {
  group: ['**/apps/api/**', '@portal/api', 'typeorm', '@nestjs/*'],
  message: 'The web app must not import server code.',
};

// Features do not import each other: what two features share lives in apps/web/src/app (UI in app/components).
// The exceptions, each a feature built on another's data, are listed here with the reason. Dynamic `import()` of
// another feature's page (the router, sign-in warming the library chunk) is navigation and is not checked.
const featureAllows = {
  // auth owns the session (`useMe`) and the user's language, which these screens read or change.
  account: ['auth'],
  'material-editor': ['auth', 'materials'], // edits the material: its query keys, document model and badges
  'material-review': ['auth', 'materials'], // reviews the material: its query keys, document model and badges
  'material-kinds': ['materials'], // a kind change refreshes the materials' kind list and keys
  materials: ['material-review'], // the material page embeds the review section and refreshes its keys
  'contact-form': ['contacts'], // edits a contact: its keys, query, details and organization picker
  'contact-import': ['contacts'], // imports into the list: its keys and list parameters for the export link
  organizations: ['contacts'], // renaming an organization refreshes the contact rows that show it
  users: ['auth', 'contacts'], // the invite form picks an organization from the contacts' list
  audit: ['users'], // the filter by person lists the users
};
const webFeatures = readdirSync(new URL('./apps/web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function featureBoundary(feature) {
  const others = webFeatures.filter((name) => name !== feature && !(featureAllows[feature] ?? []).includes(name));
  if (others.length === 0) return [];
  // Relative specifiers climb out of the feature (`../../contacts/x`) or name the features folder.
  const names = others.map(escapeRegex).join('|');
  return [
    {
      regex: `^(?:(?:\\.\\./)+(?:features/)?|.*/features/)(?:${names})(?:/|$)`,
      message: `Features do not import each other: move what ${feature} shares to apps/web/src/app (see docs/architecture.md).`,
    },
  ];
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '.nx/**', 'apps/web/src/gql/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Nest reads constructor and parameter types at run time (emitDecoratorMetadata): type-only imports would erase them.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx', 'libs/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'error' },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noServerCode] }] },
  },
  // One block per feature: a later block replaces the rule's options, so each repeats the server-code pattern.
  ...webFeatures.map((feature) => ({
    files: [`apps/web/src/features/${feature}/**/*.ts`, `apps/web/src/features/${feature}/**/*.tsx`],
    rules: { 'no-restricted-imports': ['error', { patterns: [noServerCode, ...featureBoundary(feature)] }] },
  })),
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'apps/web-e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
