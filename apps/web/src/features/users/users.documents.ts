// Operations live in users.graphql; codegen turns each into a typed document string.
export {
  UsersDocument as UsersQuery,
  InviteUserDocument as InviteUserMutation,
  SetUserRolesDocument as SetUserRolesMutation,
  DeactivateUserDocument as DeactivateUserMutation,
  ReactivateUserDocument as ReactivateUserMutation,
  ResetTwoFactorDocument as ResetTwoFactorMutation,
} from '../../gql/graphql';
