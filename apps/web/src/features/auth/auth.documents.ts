import { graphql } from '../../gql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    abilityRules
    user {
      id
      email
      displayName
      language
      roles
      organization {
        id
        name
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...ViewerFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const InviteInfoQuery = graphql(`
  query InviteInfo($token: String!) {
    inviteInfo(token: $token) {
      displayName
      email
    }
  }
`);

export const AcceptInviteMutation = graphql(`
  mutation AcceptInvite($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      ...ViewerFields
    }
  }
`);

export const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {
    updateMyPreferences(input: $input) {
      id
      language
    }
  }
`);
