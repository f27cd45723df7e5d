import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorKey, fieldErrorKeys } from '../../../app/api-error';
import { PublicLayout } from '../../../app/components/public-layout';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { useAcceptInvite } from '../use-accept-invite';
import { useInviteInfo } from '../use-invite-info';

const PASSWORD_MIN = 12;

export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const info = useInviteInfo(token);
  const accept = useAcceptInvite();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN) return setLocalError('validation.passwordTooShort');
    if (password !== repeat) return setLocalError('validation.passwordsDiffer');
    setLocalError(null);
    accept.mutate({ token, password }, { onSuccess: () => void navigate('/', { replace: true }) });
  };

  const serverField = fieldErrorKeys(accept.error).password;
  const passwordError = localError ?? serverField?.key ?? null;

  return (
    <PublicLayout title={t('auth.inviteTitle')}>
      {info.isPending && <Loading />}
      {info.isError && <ErrorMessage error={info.error} />}
      {info.data && (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('auth.inviteIntro', { name: info.data.displayName, email: info.data.email })}</p>
          {accept.isError && !serverField && (
            <div className="alert alert-error" role="alert">
              {t(errorKey(accept.error))}
            </div>
          )}
          <div className="field">
            <label htmlFor="invite-password">{t('auth.newPassword')}</label>
            <input
              id="invite-password"
              type="password"
              autoComplete="new-password"
              minLength={PASSWORD_MIN}
              required
              aria-describedby="invite-password-hint invite-password-error"
              aria-invalid={passwordError ? true : undefined}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <small id="invite-password-hint" className="hint">
              {t('auth.passwordHint')}
            </small>
          </div>
          <div className="field">
            <label htmlFor="invite-repeat">{t('auth.repeatPassword')}</label>
            <input
              id="invite-repeat"
              type="password"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          </div>
          {passwordError && (
            <p id="invite-password-error" className="field-error" role="alert">
              {t(passwordError)}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={accept.isPending}>
            {t('auth.acceptInvite')}
          </button>
        </form>
      )}
    </PublicLayout>
  );
}
