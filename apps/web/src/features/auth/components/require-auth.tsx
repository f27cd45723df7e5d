import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isLanguage } from '@portal/domain';
import { ViewerAbilityProvider } from '../../../app/ability';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { applyLanguage } from '../../../app/i18n';
import { useMe } from '../use-me';

const TWO_FACTOR_PATH = '/account/two-factor';

/** Protected pages render only for a known viewer; anyone else goes to sign-in, keeping where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const language = me.data?.user.language;

  // The first screen after sign-in waits for the profile's language, rather than flashing another one.
  const [shown, setShown] = useState<string | null>(null);

  useEffect(() => {
    if (!language || !isLanguage(language)) return;
    let live = true;
    void applyLanguage(language).then(() => live && setShown(language));
    return () => {
      live = false;
    };
  }, [language]);

  if (me.isPending || (language && isLanguage(language) && shown === null)) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  // Whose role needs a second factor enrols first: until then the server withholds that role anyway.
  if (me.data.twoFactorRequired && !me.data.twoFactorEnabled && location.pathname !== TWO_FACTOR_PATH) {
    const next = location.pathname + location.search;
    return <Navigate to={`${TWO_FACTOR_PATH}?next=${encodeURIComponent(next)}`} replace />;
  }
  return <ViewerAbilityProvider rules={me.data.abilityRules}>{children}</ViewerAbilityProvider>;
}
