import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorKey } from '../../../app/api-error';
import { PublicLayout } from '../../../app/components/public-layout';
import { safeNext } from '../safe-next';
import { useMe } from '../use-me';
import { useSignIn } from '../use-sign-in';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }) });
  };

  return (
    <PublicLayout title={t('auth.signInTitle')}>
      <form className="form" onSubmit={submit} noValidate>
        {signIn.isError && (
          <div className="alert alert-error" role="alert" data-testid="sign-in-error">
            {t(errorKey(signIn.error))}
          </div>
        )}
        <div className="field">
          <label htmlFor="sign-in-email">{t('auth.email')}</label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('auth.password')}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </PublicLayout>
  );
}
