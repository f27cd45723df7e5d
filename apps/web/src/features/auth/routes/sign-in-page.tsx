import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorKey, fieldErrorKeys } from '../../../app/api-error';
import { InputField, type FieldErrors } from '../../../app/components/field-message';
import { PublicLayout } from '../../../app/components/public-layout';
import { safeNext } from '../safe-next';
import { useMe } from '../use-me';
import { useSignIn } from '../use-sign-in';

/** Empty fields are named before anything is sent: "check the highlighted fields" must highlight something. */
function missing(email: string, password: string): FieldErrors {
  return {
    ...(email ? {} : { email: { key: 'auth.emailRequired', message: '' } }),
    ...(password ? {} : { password: { key: 'auth.passwordRequired', message: '' } }),
  };
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const next = safeNext(params.get('next'));

  // Nearly every role lands on the library: its code loads while the user types, not after signing in.
  useEffect(() => {
    void import('../../materials/routes/materials-library-page');
  }, []);

  if (me.data) return <Navigate to={next} replace />;

  const errors: FieldErrors = {
    ...fieldErrorKeys(signIn.error),
    ...(checked ? missing(email.trim(), password) : {}),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const empty = missing(email.trim(), password);
    if (empty.email || empty.password) {
      document.getElementById(empty.email ? 'sign-in-email' : 'sign-in-password')?.focus();
      return;
    }
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }) });
  };

  return (
    <PublicLayout title={t('auth.signInTitle')}>
      <form className="form" onSubmit={submit} noValidate>
        {signIn.isError && !(errors.email || errors.password) && (
          <div className="alert alert-error" role="alert" data-testid="sign-in-error">
            {t(errorKey(signIn.error))}
          </div>
        )}
        <InputField
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          label={t('auth.email')}
          value={email}
          error={errors.email}
          onValue={setEmail}
        />
        <InputField
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          label={t('auth.password')}
          value={password}
          error={errors.password}
          onValue={setPassword}
        />
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </PublicLayout>
  );
}
