import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey, fieldErrorKeys } from '../../../app/api-error';
import { useChangePassword } from '../use-change-password';

const PASSWORD_MIN = 12;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next.length < PASSWORD_MIN) return setLocalError('validation.passwordTooShort');
    if (next !== repeat) return setLocalError('validation.passwordsDiffer');
    setLocalError(null);
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
        },
      },
    );
  };

  const fields = fieldErrorKeys(change.error);
  const currentError = fields.currentPassword;
  const newError = localError ?? fields.newPassword?.key ?? null;

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="change-password-form">
      <h2>{t('account.changePassword')}</h2>
      {change.isSuccess && (
        <div className="alert alert-ok" role="status">
          {t('account.changed')}
        </div>
      )}
      {change.isError && !currentError && !fields.newPassword && (
        <div className="alert alert-error" role="alert">
          {t(errorKey(change.error))}
        </div>
      )}
      <div className="field">
        <label htmlFor="account-current">{t('account.currentPassword')}</label>
        <input
          id="account-current"
          type="password"
          autoComplete="current-password"
          value={current}
          aria-invalid={currentError ? true : undefined}
          aria-describedby={currentError ? 'account-current-error' : undefined}
          onChange={(e) => setCurrent(e.target.value)}
        />
        {currentError && (
          <p id="account-current-error" className="field-error">
            {t(currentError.key, { defaultValue: currentError.message })}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="account-new">{t('account.newPassword')}</label>
        <input
          id="account-new"
          type="password"
          autoComplete="new-password"
          value={next}
          aria-invalid={newError ? true : undefined}
          aria-describedby="account-new-hint account-new-error"
          onChange={(e) => setNext(e.target.value)}
        />
        <small id="account-new-hint" className="hint">
          {t('auth.passwordHint')}
        </small>
      </div>
      <div className="field">
        <label htmlFor="account-repeat">{t('account.repeatPassword')}</label>
        <input
          id="account-repeat"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </div>
      {newError && (
        <p id="account-new-error" className="field-error" role="alert">
          {t(newError)}
        </p>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={change.isPending}>
          {t('account.save')}
        </button>
      </div>
    </form>
  );
}
