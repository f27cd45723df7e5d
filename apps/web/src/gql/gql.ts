/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}': typeof types.ChangePasswordDocument;
  'fragment ViewerFields on Viewer {\n  abilityRules\n  user {\n    id\n    email\n    displayName\n    language\n    roles\n    organization {\n      id\n      name\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery InviteInfo($token: String!) {\n  inviteInfo(token: $token) {\n    displayName\n    email\n  }\n}\n\nmutation AcceptInvite($input: AcceptInviteInput!) {\n  acceptInvite(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n  updateMyPreferences(input: $input) {\n    id\n    language\n  }\n}': typeof types.ViewerFieldsFragmentDoc;
  'mutation CreateContact($input: ContactInput!) {\n  createContact(input: $input) {\n    ...ContactFields\n  }\n}\n\nmutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n  updateContact(id: $id, input: $input) {\n    ...ContactFields\n  }\n}': typeof types.CreateContactDocument;
  'fragment ImportResultFields on ContactImportResult {\n  committed\n  created\n  rejected\n  valid\n  rows {\n    line\n    name\n    ok\n    errors {\n      field\n      reason\n      message\n    }\n  }\n}\n\nmutation PreviewContactImport($csv: String!) {\n  previewContactImport(csv: $csv) {\n    ...ImportResultFields\n  }\n}\n\nmutation ImportContacts($csv: String!) {\n  importContacts(csv: $csv) {\n    ...ImportResultFields\n  }\n}': typeof types.ImportResultFieldsFragmentDoc;
  'fragment ContactFields on Contact {\n  __typename\n  id\n  kind\n  name\n  position\n  organizationId\n  organization {\n    id\n    name\n    shortName\n    type\n  }\n  region\n  category\n  phones\n  emails\n  languages\n  hours\n  notes\n  status\n  version\n  createdAt\n  updatedAt\n}\n\nquery Contacts($filter: ContactFilterInput, $limit: Int!, $offset: Int!, $sort: ContactSort!) {\n  contacts(filter: $filter, limit: $limit, offset: $offset, sort: $sort) {\n    total\n    items {\n      ...ContactFields\n    }\n  }\n}\n\nquery Contact($id: ID!) {\n  contact(id: $id) {\n    ...ContactFields\n  }\n}\n\nquery Organizations {\n  organizations {\n    id\n    name\n    shortName\n    type\n  }\n}\n\nmutation ArchiveContact($id: ID!) {\n  archiveContact(id: $id) {\n    ...ContactFields\n  }\n}\n\nmutation RestoreContact($id: ID!) {\n  restoreContact(id: $id) {\n    ...ContactFields\n  }\n}': typeof types.ContactFieldsFragmentDoc;
  'mutation CreateMaterial($input: CreateMaterialInput!) {\n  createMaterial(input: $input) {\n    ...MaterialFields\n  }\n}\n\nmutation SaveMaterial($id: ID!, $input: SaveMaterialInput!) {\n  saveMaterial(id: $id, input: $input) {\n    ...MaterialFields\n  }\n}': typeof types.CreateMaterialDocument;
  'fragment MaterialKindFields on MaterialKind {\n  id\n  code\n  structure\n  nameRu\n  nameKy\n  nameEn\n}\n\nfragment MaterialCardRevision on MaterialRevision {\n  id\n  number\n  title\n  state\n  updatedAt\n}\n\nfragment MaterialCardFields on Material {\n  __typename\n  id\n  kind {\n    ...MaterialKindFields\n  }\n  language\n  campaign\n  audiences\n  state\n  updatedAt\n  published {\n    ...MaterialCardRevision\n  }\n  working {\n    ...MaterialCardRevision\n  }\n}\n\nfragment MaterialRevisionFields on MaterialRevision {\n  id\n  number\n  title\n  body\n  state\n  authorId\n  version\n  createdAt\n  updatedAt\n}\n\nfragment MaterialFields on Material {\n  __typename\n  id\n  kind {\n    ...MaterialKindFields\n  }\n  language\n  sourceId\n  campaign\n  audiences\n  channels\n  validUntil\n  embargoUntil\n  state\n  availableTransitions\n  version\n  updatedAt\n  published {\n    ...MaterialRevisionFields\n  }\n  working {\n    ...MaterialRevisionFields\n  }\n}\n\nquery MaterialKinds {\n  materialKinds {\n    ...MaterialKindFields\n  }\n}\n\nquery Materials($filter: MaterialFilterInput, $view: MaterialView!, $limit: Int!, $offset: Int!) {\n  materials(filter: $filter, view: $view, limit: $limit, offset: $offset) {\n    total\n    items {\n      ...MaterialCardFields\n    }\n  }\n}\n\nquery Material($id: ID!) {\n  material(id: $id) {\n    ...MaterialFields\n  }\n}\n\nquery MaterialHistory($id: ID!) {\n  materialHistory(id: $id) {\n    id\n    transition\n    fromState\n    toState\n    revisionNumber\n    actorName\n    comment\n    createdAt\n  }\n}\n\nmutation TransitionMaterial($id: ID!, $input: TransitionMaterialInput!) {\n  transitionMaterial(id: $id, input: $input) {\n    ...MaterialFields\n  }\n}': typeof types.MaterialKindFieldsFragmentDoc;
  'fragment UserFields on User {\n  __typename\n  id\n  email\n  displayName\n  language\n  roles\n  status\n  lastSignInAt\n  createdAt\n  organization {\n    id\n    name\n    shortName\n  }\n}\n\nquery Users {\n  users {\n    ...UserFields\n  }\n}\n\nmutation InviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    inviteUrl\n    user {\n      ...UserFields\n    }\n  }\n}\n\nmutation SetUserRoles($id: ID!, $input: SetUserRolesInput!) {\n  setUserRoles(id: $id, input: $input) {\n    ...UserFields\n  }\n}\n\nmutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...UserFields\n  }\n}\n\nmutation ReactivateUser($id: ID!) {\n  reactivateUser(id: $id) {\n    ...UserFields\n  }\n}': typeof types.UserFieldsFragmentDoc;
};
const documents: Documents = {
  'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}':
    types.ChangePasswordDocument,
  'fragment ViewerFields on Viewer {\n  abilityRules\n  user {\n    id\n    email\n    displayName\n    language\n    roles\n    organization {\n      id\n      name\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery InviteInfo($token: String!) {\n  inviteInfo(token: $token) {\n    displayName\n    email\n  }\n}\n\nmutation AcceptInvite($input: AcceptInviteInput!) {\n  acceptInvite(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n  updateMyPreferences(input: $input) {\n    id\n    language\n  }\n}':
    types.ViewerFieldsFragmentDoc,
  'mutation CreateContact($input: ContactInput!) {\n  createContact(input: $input) {\n    ...ContactFields\n  }\n}\n\nmutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n  updateContact(id: $id, input: $input) {\n    ...ContactFields\n  }\n}':
    types.CreateContactDocument,
  'fragment ImportResultFields on ContactImportResult {\n  committed\n  created\n  rejected\n  valid\n  rows {\n    line\n    name\n    ok\n    errors {\n      field\n      reason\n      message\n    }\n  }\n}\n\nmutation PreviewContactImport($csv: String!) {\n  previewContactImport(csv: $csv) {\n    ...ImportResultFields\n  }\n}\n\nmutation ImportContacts($csv: String!) {\n  importContacts(csv: $csv) {\n    ...ImportResultFields\n  }\n}':
    types.ImportResultFieldsFragmentDoc,
  'fragment ContactFields on Contact {\n  __typename\n  id\n  kind\n  name\n  position\n  organizationId\n  organization {\n    id\n    name\n    shortName\n    type\n  }\n  region\n  category\n  phones\n  emails\n  languages\n  hours\n  notes\n  status\n  version\n  createdAt\n  updatedAt\n}\n\nquery Contacts($filter: ContactFilterInput, $limit: Int!, $offset: Int!, $sort: ContactSort!) {\n  contacts(filter: $filter, limit: $limit, offset: $offset, sort: $sort) {\n    total\n    items {\n      ...ContactFields\n    }\n  }\n}\n\nquery Contact($id: ID!) {\n  contact(id: $id) {\n    ...ContactFields\n  }\n}\n\nquery Organizations {\n  organizations {\n    id\n    name\n    shortName\n    type\n  }\n}\n\nmutation ArchiveContact($id: ID!) {\n  archiveContact(id: $id) {\n    ...ContactFields\n  }\n}\n\nmutation RestoreContact($id: ID!) {\n  restoreContact(id: $id) {\n    ...ContactFields\n  }\n}':
    types.ContactFieldsFragmentDoc,
  'mutation CreateMaterial($input: CreateMaterialInput!) {\n  createMaterial(input: $input) {\n    ...MaterialFields\n  }\n}\n\nmutation SaveMaterial($id: ID!, $input: SaveMaterialInput!) {\n  saveMaterial(id: $id, input: $input) {\n    ...MaterialFields\n  }\n}':
    types.CreateMaterialDocument,
  'fragment MaterialKindFields on MaterialKind {\n  id\n  code\n  structure\n  nameRu\n  nameKy\n  nameEn\n}\n\nfragment MaterialCardRevision on MaterialRevision {\n  id\n  number\n  title\n  state\n  updatedAt\n}\n\nfragment MaterialCardFields on Material {\n  __typename\n  id\n  kind {\n    ...MaterialKindFields\n  }\n  language\n  campaign\n  audiences\n  state\n  updatedAt\n  published {\n    ...MaterialCardRevision\n  }\n  working {\n    ...MaterialCardRevision\n  }\n}\n\nfragment MaterialRevisionFields on MaterialRevision {\n  id\n  number\n  title\n  body\n  state\n  authorId\n  version\n  createdAt\n  updatedAt\n}\n\nfragment MaterialFields on Material {\n  __typename\n  id\n  kind {\n    ...MaterialKindFields\n  }\n  language\n  sourceId\n  campaign\n  audiences\n  channels\n  validUntil\n  embargoUntil\n  state\n  availableTransitions\n  version\n  updatedAt\n  published {\n    ...MaterialRevisionFields\n  }\n  working {\n    ...MaterialRevisionFields\n  }\n}\n\nquery MaterialKinds {\n  materialKinds {\n    ...MaterialKindFields\n  }\n}\n\nquery Materials($filter: MaterialFilterInput, $view: MaterialView!, $limit: Int!, $offset: Int!) {\n  materials(filter: $filter, view: $view, limit: $limit, offset: $offset) {\n    total\n    items {\n      ...MaterialCardFields\n    }\n  }\n}\n\nquery Material($id: ID!) {\n  material(id: $id) {\n    ...MaterialFields\n  }\n}\n\nquery MaterialHistory($id: ID!) {\n  materialHistory(id: $id) {\n    id\n    transition\n    fromState\n    toState\n    revisionNumber\n    actorName\n    comment\n    createdAt\n  }\n}\n\nmutation TransitionMaterial($id: ID!, $input: TransitionMaterialInput!) {\n  transitionMaterial(id: $id, input: $input) {\n    ...MaterialFields\n  }\n}':
    types.MaterialKindFieldsFragmentDoc,
  'fragment UserFields on User {\n  __typename\n  id\n  email\n  displayName\n  language\n  roles\n  status\n  lastSignInAt\n  createdAt\n  organization {\n    id\n    name\n    shortName\n  }\n}\n\nquery Users {\n  users {\n    ...UserFields\n  }\n}\n\nmutation InviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    inviteUrl\n    user {\n      ...UserFields\n    }\n  }\n}\n\nmutation SetUserRoles($id: ID!, $input: SetUserRolesInput!) {\n  setUserRoles(id: $id, input: $input) {\n    ...UserFields\n  }\n}\n\nmutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...UserFields\n  }\n}\n\nmutation ReactivateUser($id: ID!) {\n  reactivateUser(id: $id) {\n    ...UserFields\n  }\n}':
    types.UserFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}',
): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ViewerFields on Viewer {\n  abilityRules\n  user {\n    id\n    email\n    displayName\n    language\n    roles\n    organization {\n      id\n      name\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery InviteInfo($token: String!) {\n  inviteInfo(token: $token) {\n    displayName\n    email\n  }\n}\n\nmutation AcceptInvite($input: AcceptInviteInput!) {\n  acceptInvite(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n  updateMyPreferences(input: $input) {\n    id\n    language\n  }\n}',
): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateContact($input: ContactInput!) {\n  createContact(input: $input) {\n    ...ContactFields\n  }\n}\n\nmutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n  updateContact(id: $id, input: $input) {\n    ...ContactFields\n  }\n}',
): typeof import('./graphql').CreateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ImportResultFields on ContactImportResult {\n  committed\n  created\n  rejected\n  valid\n  rows {\n    line\n    name\n    ok\n    errors {\n      field\n      reason\n      message\n    }\n  }\n}\n\nmutation PreviewContactImport($csv: String!) {\n  previewContactImport(csv: $csv) {\n    ...ImportResultFields\n  }\n}\n\nmutation ImportContacts($csv: String!) {\n  importContacts(csv: $csv) {\n    ...ImportResultFields\n  }\n}',
): typeof import('./graphql').ImportResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ContactFields on Contact {\n  __typename\n  id\n  kind\n  name\n  position\n  organizationId\n  organization {\n    id\n    name\n    shortName\n    type\n  }\n  region\n  category\n  phones\n  emails\n  languages\n  hours\n  notes\n  status\n  version\n  createdAt\n  updatedAt\n}\n\nquery Contacts($filter: ContactFilterInput, $limit: Int!, $offset: Int!, $sort: ContactSort!) {\n  contacts(filter: $filter, limit: $limit, offset: $offset, sort: $sort) {\n    total\n    items {\n      ...ContactFields\n    }\n  }\n}\n\nquery Contact($id: ID!) {\n  contact(id: $id) {\n    ...ContactFields\n  }\n}\n\nquery Organizations {\n  organizations {\n    id\n    name\n    shortName\n    type\n  }\n}\n\nmutation ArchiveContact($id: ID!) {\n  archiveContact(id: $id) {\n    ...ContactFields\n  }\n}\n\nmutation RestoreContact($id: ID!) {\n  restoreContact(id: $id) {\n    ...ContactFields\n  }\n}',
): typeof import('./graphql').ContactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateMaterial($input: CreateMaterialInput!) {\n  createMaterial(input: $input) {\n    ...MaterialFields\n  }\n}\n\nmutation SaveMaterial($id: ID!, $input: SaveMaterialInput!) {\n  saveMaterial(id: $id, input: $input) {\n    ...MaterialFields\n  }\n}',
): typeof import('./graphql').CreateMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MaterialKindFields on MaterialKind {\n  id\n  code\n  structure\n  nameRu\n  nameKy\n  nameEn\n}\n\nfragment MaterialCardRevision on MaterialRevision {\n  id\n  number\n  title\n  state\n  updatedAt\n}\n\nfragment MaterialCardFields on Material {\n  __typename\n  id\n  kind {\n    ...MaterialKindFields\n  }\n  language\n  campaign\n  audiences\n  state\n  updatedAt\n  published {\n    ...MaterialCardRevision\n  }\n  working {\n    ...MaterialCardRevision\n  }\n}\n\nfragment MaterialRevisionFields on MaterialRevision {\n  id\n  number\n  title\n  body\n  state\n  authorId\n  version\n  createdAt\n  updatedAt\n}\n\nfragment MaterialFields on Material {\n  __typename\n  id\n  kind {\n    ...MaterialKindFields\n  }\n  language\n  sourceId\n  campaign\n  audiences\n  channels\n  validUntil\n  embargoUntil\n  state\n  availableTransitions\n  version\n  updatedAt\n  published {\n    ...MaterialRevisionFields\n  }\n  working {\n    ...MaterialRevisionFields\n  }\n}\n\nquery MaterialKinds {\n  materialKinds {\n    ...MaterialKindFields\n  }\n}\n\nquery Materials($filter: MaterialFilterInput, $view: MaterialView!, $limit: Int!, $offset: Int!) {\n  materials(filter: $filter, view: $view, limit: $limit, offset: $offset) {\n    total\n    items {\n      ...MaterialCardFields\n    }\n  }\n}\n\nquery Material($id: ID!) {\n  material(id: $id) {\n    ...MaterialFields\n  }\n}\n\nquery MaterialHistory($id: ID!) {\n  materialHistory(id: $id) {\n    id\n    transition\n    fromState\n    toState\n    revisionNumber\n    actorName\n    comment\n    createdAt\n  }\n}\n\nmutation TransitionMaterial($id: ID!, $input: TransitionMaterialInput!) {\n  transitionMaterial(id: $id, input: $input) {\n    ...MaterialFields\n  }\n}',
): typeof import('./graphql').MaterialKindFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment UserFields on User {\n  __typename\n  id\n  email\n  displayName\n  language\n  roles\n  status\n  lastSignInAt\n  createdAt\n  organization {\n    id\n    name\n    shortName\n  }\n}\n\nquery Users {\n  users {\n    ...UserFields\n  }\n}\n\nmutation InviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    inviteUrl\n    user {\n      ...UserFields\n    }\n  }\n}\n\nmutation SetUserRoles($id: ID!, $input: SetUserRolesInput!) {\n  setUserRoles(id: $id, input: $input) {\n    ...UserFields\n  }\n}\n\nmutation DeactivateUser($id: ID!) {\n  deactivateUser(id: $id) {\n    ...UserFields\n  }\n}\n\nmutation ReactivateUser($id: ID!) {\n  reactivateUser(id: $id) {\n    ...UserFields\n  }\n}',
): typeof import('./graphql').UserFieldsFragmentDoc;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
