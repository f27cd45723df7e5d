import { graphql } from '../../gql';

export const ContactFieldsFragment = graphql(`
  fragment ContactFields on Contact {
    __typename
    id
    kind
    name
    position
    organizationId
    organization {
      id
      name
      shortName
      type
    }
    region
    category
    phones
    emails
    languages
    hours
    notes
    status
    version
    createdAt
    updatedAt
  }
`);

export const ContactsQuery = graphql(`
  query Contacts($filter: ContactFilterInput, $limit: Int!, $offset: Int!, $sort: ContactSort!) {
    contacts(filter: $filter, limit: $limit, offset: $offset, sort: $sort) {
      total
      items {
        ...ContactFields
      }
    }
  }
`);

export const ContactQuery = graphql(`
  query Contact($id: ID!) {
    contact(id: $id) {
      ...ContactFields
    }
  }
`);

export const OrganizationsQuery = graphql(`
  query Organizations {
    organizations {
      id
      name
      shortName
      type
    }
  }
`);

export const ArchiveContactMutation = graphql(`
  mutation ArchiveContact($id: ID!) {
    archiveContact(id: $id) {
      ...ContactFields
    }
  }
`);

export const RestoreContactMutation = graphql(`
  mutation RestoreContact($id: ID!) {
    restoreContact(id: $id) {
      ...ContactFields
    }
  }
`);
