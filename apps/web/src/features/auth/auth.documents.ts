// Operations live in auth.graphql; codegen turns each into a typed document string.
export {
  MeDocument as MeQuery,
  SignInDocument as SignInMutation,
  SignOutDocument as SignOutMutation,
  InviteInfoDocument as InviteInfoQuery,
  AcceptInviteDocument as AcceptInviteMutation,
  UpdateMyPreferencesDocument as UpdateMyPreferencesMutation,
} from '../../gql/graphql';
