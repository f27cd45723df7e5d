import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorKey, fieldErrorKeys, isApiError } from '../../../app/api-error';
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
  const [code, setCode] = useState('');
  // Once the password is right, an account with an authenticator is asked for its code too.
  const [askCode, setAskCode] = useState(false);
  const [checked, setChecked] = useState(false);
  const next = safeNext(params.get('next'));

  // Nearly every role lands on the library: its code loads while the user types, not after signing in.
  useEffect(() => {
    void import('../../materials/routes/materials-library-page');
  }, []);

  if (me.data) return <Navigate to={next} replace />;

  const codeMissing = askCode && checked && !code.trim();
  const errors: FieldErrors = {
    ...fieldErrorKeys(signIn.error),
    ...(checked ? missing(email.trim(), password) : {}),
    ...(codeMissing ? { code: { key: 'twoFactor.codeRequired', message: '' } } : {}),
  };
  const codeAsked = isApiError(signIn.error, 'SECOND_FACTOR_REQUIRED');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const empty = missing(email.trim(), password);
    if (empty.email || empty.password) {
      document.getElementById(empty.email ? 'sign-in-email' : 'sign-in-password')?.focus();
      return;
    }
    if (askCode && !code.trim()) {
      document.getElementById('sign-in-code')?.focus();
      return;
    }
    signIn.mutate(
      { email: email.trim(), password, ...(askCode ? { code: code.trim() } : {}) },
      {
        onSuccess: () => void navigate(next, { replace: true }),
        onError: (error) => {
          if (isApiError(error, 'SECOND_FACTOR_REQUIRED')) {
            setAskCode(true);
            setChecked(false);
            setTimeout(() => document.getElementById('sign-in-code')?.focus());
          }
        },
      },
    );
  };

  return (
    <PublicLayout title={t('auth.signInTitle')}>
      <form className="form" onSubmit={submit} noValidate>
        {signIn.isError && !codeAsked && !(errors.email || errors.password || errors.code) && (
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
        {askCode && (
          <>
            <InputField
              id="sign-in-code"
              name="code"
              autoComplete="one-time-code"
              required
              label={t('twoFactor.signInCode')}
              value={code}
              error={errors.code}
              onValue={setCode}
              aria-describedby={errors.code ? 'sign-in-code-error' : 'sign-in-code-hint'}
            />
            <small id="sign-in-code-hint" className="hint">
              {t('twoFactor.signInCodeHint')}
            </small>
          </>
        )}
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </PublicLayout>
  );
}
