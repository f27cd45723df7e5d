// Operations live in account.graphql; codegen turns each into a typed document string.
export {
  ChangePasswordDocument as ChangePasswordMutation,
  StartTwoFactorEnrolmentDocument as StartTwoFactorEnrolmentMutation,
  ConfirmTwoFactorEnrolmentDocument as ConfirmTwoFactorEnrolmentMutation,
  MySessionsDocument as MySessionsQuery,
  EndMySessionDocument as EndMySessionMutation,
  EndMyOtherSessionsDocument as EndMyOtherSessionsMutation,
} from '../../gql/graphql';
