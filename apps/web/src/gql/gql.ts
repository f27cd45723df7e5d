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
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  fragment ViewerFields on Viewer {\n    abilityRules\n    user {\n      id\n      email\n      displayName\n      language\n      roles\n      organization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ViewerFieldsFragmentDoc;
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  query InviteInfo($token: String!) {\n    inviteInfo(token: $token) {\n      displayName\n      email\n    }\n  }\n': typeof types.InviteInfoDocument;
  '\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.AcceptInviteDocument;
  '\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      language\n    }\n  }\n': typeof types.UpdateMyPreferencesDocument;
  '\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n': typeof types.CreateContactDocument;
  '\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n': typeof types.UpdateContactDocument;
  '\n  fragment ImportResultFields on ContactImportResult {\n    committed\n    created\n    rejected\n    valid\n    rows {\n      line\n      name\n      ok\n      errors {\n        field\n        reason\n        message\n      }\n    }\n  }\n': typeof types.ImportResultFieldsFragmentDoc;
  '\n  mutation PreviewContactImport($csv: String!) {\n    previewContactImport(csv: $csv) {\n      ...ImportResultFields\n    }\n  }\n': typeof types.PreviewContactImportDocument;
  '\n  mutation ImportContacts($csv: String!) {\n    importContacts(csv: $csv) {\n      ...ImportResultFields\n    }\n  }\n': typeof types.ImportContactsDocument;
  '\n  fragment ContactFields on Contact {\n    __typename\n    id\n    kind\n    name\n    position\n    organizationId\n    organization {\n      id\n      name\n      shortName\n      type\n    }\n    region\n    category\n    phones\n    emails\n    languages\n    hours\n    notes\n    status\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.ContactFieldsFragmentDoc;
  '\n  query Contacts($filter: ContactFilterInput, $limit: Int!, $offset: Int!, $sort: ContactSort!) {\n    contacts(filter: $filter, limit: $limit, offset: $offset, sort: $sort) {\n      total\n      items {\n        ...ContactFields\n      }\n    }\n  }\n': typeof types.ContactsDocument;
  '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n    }\n  }\n': typeof types.ContactDocument;
  '\n  query Organizations {\n    organizations {\n      id\n      name\n      shortName\n      type\n    }\n  }\n': typeof types.OrganizationsDocument;
  '\n  mutation ArchiveContact($id: ID!) {\n    archiveContact(id: $id) {\n      ...ContactFields\n    }\n  }\n': typeof types.ArchiveContactDocument;
  '\n  mutation RestoreContact($id: ID!) {\n    restoreContact(id: $id) {\n      ...ContactFields\n    }\n  }\n': typeof types.RestoreContactDocument;
  '\n  fragment UserFields on User {\n    __typename\n    id\n    email\n    displayName\n    language\n    roles\n    status\n    lastSignInAt\n    createdAt\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n': typeof types.UsersDocument;
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      user {\n        ...UserFields\n      }\n    }\n  }\n': typeof types.InviteUserDocument;
  '\n  mutation SetUserRoles($id: ID!, $input: SetUserRolesInput!) {\n    setUserRoles(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.SetUserRolesDocument;
  '\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n': typeof types.DeactivateUserDocument;
  '\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n': typeof types.ReactivateUserDocument;
};
const documents: Documents = {
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  fragment ViewerFields on Viewer {\n    abilityRules\n    user {\n      id\n      email\n      displayName\n      language\n      roles\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.ViewerFieldsFragmentDoc,
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  query InviteInfo($token: String!) {\n    inviteInfo(token: $token) {\n      displayName\n      email\n    }\n  }\n':
    types.InviteInfoDocument,
  '\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.AcceptInviteDocument,
  '\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      language\n    }\n  }\n':
    types.UpdateMyPreferencesDocument,
  '\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n':
    types.CreateContactDocument,
  '\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n':
    types.UpdateContactDocument,
  '\n  fragment ImportResultFields on ContactImportResult {\n    committed\n    created\n    rejected\n    valid\n    rows {\n      line\n      name\n      ok\n      errors {\n        field\n        reason\n        message\n      }\n    }\n  }\n':
    types.ImportResultFieldsFragmentDoc,
  '\n  mutation PreviewContactImport($csv: String!) {\n    previewContactImport(csv: $csv) {\n      ...ImportResultFields\n    }\n  }\n':
    types.PreviewContactImportDocument,
  '\n  mutation ImportContacts($csv: String!) {\n    importContacts(csv: $csv) {\n      ...ImportResultFields\n    }\n  }\n':
    types.ImportContactsDocument,
  '\n  fragment ContactFields on Contact {\n    __typename\n    id\n    kind\n    name\n    position\n    organizationId\n    organization {\n      id\n      name\n      shortName\n      type\n    }\n    region\n    category\n    phones\n    emails\n    languages\n    hours\n    notes\n    status\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.ContactFieldsFragmentDoc,
  '\n  query Contacts($filter: ContactFilterInput, $limit: Int!, $offset: Int!, $sort: ContactSort!) {\n    contacts(filter: $filter, limit: $limit, offset: $offset, sort: $sort) {\n      total\n      items {\n        ...ContactFields\n      }\n    }\n  }\n':
    types.ContactsDocument,
  '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n    }\n  }\n': types.ContactDocument,
  '\n  query Organizations {\n    organizations {\n      id\n      name\n      shortName\n      type\n    }\n  }\n':
    types.OrganizationsDocument,
  '\n  mutation ArchiveContact($id: ID!) {\n    archiveContact(id: $id) {\n      ...ContactFields\n    }\n  }\n':
    types.ArchiveContactDocument,
  '\n  mutation RestoreContact($id: ID!) {\n    restoreContact(id: $id) {\n      ...ContactFields\n    }\n  }\n':
    types.RestoreContactDocument,
  '\n  fragment UserFields on User {\n    __typename\n    id\n    email\n    displayName\n    language\n    roles\n    status\n    lastSignInAt\n    createdAt\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n':
    types.UserFieldsFragmentDoc,
  '\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n': types.UsersDocument,
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      user {\n        ...UserFields\n      }\n    }\n  }\n':
    types.InviteUserDocument,
  '\n  mutation SetUserRoles($id: ID!, $input: SetUserRolesInput!) {\n    setUserRoles(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.SetUserRolesDocument,
  '\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n':
    types.DeactivateUserDocument,
  '\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n':
    types.ReactivateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ViewerFields on Viewer {\n    abilityRules\n    user {\n      id\n      email\n      displayName\n      language\n      roles\n      organization {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n',
): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InviteInfo($token: String!) {\n    inviteInfo(token: $token) {\n      displayName\n      email\n    }\n  }\n',
): typeof import('./graphql').InviteInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): typeof import('./graphql').AcceptInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      language\n    }\n  }\n',
): typeof import('./graphql').UpdateMyPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n',
): typeof import('./graphql').CreateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n',
): typeof import('./graphql').UpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportResultFields on ContactImportResult {\n    committed\n    created\n    rejected\n    valid\n    rows {\n      line\n      name\n      ok\n      errors {\n        field\n        reason\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql').ImportResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PreviewContactImport($csv: String!) {\n    previewContactImport(csv: $csv) {\n      ...ImportResultFields\n    }\n  }\n',
): typeof import('./graphql').PreviewContactImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportContacts($csv: String!) {\n    importContacts(csv: $csv) {\n      ...ImportResultFields\n    }\n  }\n',
): typeof import('./graphql').ImportContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContactFields on Contact {\n    __typename\n    id\n    kind\n    name\n    position\n    organizationId\n    organization {\n      id\n      name\n      shortName\n      type\n    }\n    region\n    category\n    phones\n    emails\n    languages\n    hours\n    notes\n    status\n    version\n    createdAt\n    updatedAt\n  }\n',
): typeof import('./graphql').ContactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Contacts($filter: ContactFilterInput, $limit: Int!, $offset: Int!, $sort: ContactSort!) {\n    contacts(filter: $filter, limit: $limit, offset: $offset, sort: $sort) {\n      total\n      items {\n        ...ContactFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n    }\n  }\n',
): typeof import('./graphql').ContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organizations {\n    organizations {\n      id\n      name\n      shortName\n      type\n    }\n  }\n',
): typeof import('./graphql').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveContact($id: ID!) {\n    archiveContact(id: $id) {\n      ...ContactFields\n    }\n  }\n',
): typeof import('./graphql').ArchiveContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreContact($id: ID!) {\n    restoreContact(id: $id) {\n      ...ContactFields\n    }\n  }\n',
): typeof import('./graphql').RestoreContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserFields on User {\n    __typename\n    id\n    email\n    displayName\n    language\n    roles\n    status\n    lastSignInAt\n    createdAt\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n',
): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      user {\n        ...UserFields\n      }\n    }\n  }\n',
): typeof import('./graphql').InviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserRoles($id: ID!, $input: SetUserRolesInput!) {\n    setUserRoles(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').SetUserRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').ReactivateUserDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
