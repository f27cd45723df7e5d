// Operations live in contacts.graphql; codegen turns each into a typed document string.
export {
  ContactsDocument as ContactsQuery,
  ContactDocument as ContactQuery,
  OrganizationsDocument as OrganizationsQuery,
  ArchiveContactDocument as ArchiveContactMutation,
  RestoreContactDocument as RestoreContactMutation,
} from '../../gql/graphql';
