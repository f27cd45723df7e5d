// Operations live in audit.graphql; codegen turns each into a typed document string.
export { AuditEventsDocument as AuditEventsQuery } from '../../gql/graphql';
