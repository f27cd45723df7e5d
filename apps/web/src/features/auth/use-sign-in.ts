import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { takeChoiceBeforeSignIn } from '../../app/i18n';
import type { SignInInput } from '../../gql/graphql';
import { SignInMutation, UpdateMyPreferencesMutation } from './auth.documents';
import { authKeys } from './auth.keys';

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) => {
      const viewer = (await execute(SignInMutation, { input })).signIn;
      // A language chosen on the sign-in page is a choice: it becomes the profile's, not overruled by it.
      const chosen = takeChoiceBeforeSignIn();
      if (!chosen || chosen === viewer.user.language) return viewer;
      const saved = (await execute(UpdateMyPreferencesMutation, { input: { language: chosen } })).updateMyPreferences;
      return { ...viewer, user: { ...viewer.user, language: saved.language } };
    },
    onSuccess: (viewer) => {
      // Nothing cached for a previous user may survive into this session.
      client.clear();
      client.setQueryData(authKeys.me, viewer);
    },
  });
}
