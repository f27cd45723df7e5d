// Operations live in account.graphql; codegen turns each into a typed document string.
export { ChangePasswordDocument as ChangePasswordMutation } from '../../gql/graphql';
