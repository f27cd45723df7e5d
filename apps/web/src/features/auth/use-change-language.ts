import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Language } from '@portal/domain';
import { applyLanguage, rememberChoiceBeforeSignIn } from '../../app/i18n';
import { execute } from '../../app/graphql-client';
import type { MeQuery as MeResult } from '../../gql/graphql';
import { UpdateMyPreferencesMutation } from './auth.documents';
import { authKeys } from './auth.keys';

/** Applies the language at once; when signed in, also saves it to the profile so it follows the user. */
export function useChangeLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (language: Language) => {
      void applyLanguage(language);
      const me = client.getQueryData<MeResult['me']>(authKeys.me);
      if (!me) {
        rememberChoiceBeforeSignIn(language);
        return null;
      }
      return (await execute(UpdateMyPreferencesMutation, { input: { language } })).updateMyPreferences;
    },
    onSuccess: (user) => {
      if (!user) return;
      client.setQueryData<MeResult['me']>(authKeys.me, (me) =>
        me ? { ...me, user: { ...me.user, language: user.language } } : me,
      );
    },
  });
}
