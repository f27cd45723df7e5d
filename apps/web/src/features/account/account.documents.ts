// Operations live in account.graphql; codegen turns each into a typed document string.
export {
  ChangePasswordDocument as ChangePasswordMutation,
  StartTwoFactorEnrolmentDocument as StartTwoFactorEnrolmentMutation,
  ConfirmTwoFactorEnrolmentDocument as ConfirmTwoFactorEnrolmentMutation,
} from '../../gql/graphql';
