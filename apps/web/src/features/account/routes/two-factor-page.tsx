import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorKey, fieldErrorKeys } from '../../../app/api-error';
import { InputField } from '../../../app/components/field-message';
import { Loading } from '../../../app/components/status';
import { safeNext } from '../../auth/safe-next';
import { useMe } from '../../auth/use-me';
import { useConfirmTwoFactorEnrolment, useStartTwoFactorEnrolment } from '../use-two-factor-enrolment';

/** Enrolment in sign-in with an authenticator code: scan, confirm with a code, keep the recovery codes. */
export function TwoFactorPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const start = useStartTwoFactorEnrolment();
  const confirm = useConfirmTwoFactorEnrolment();
  const [code, setCode] = useState('');
  if (!me.data) return <Loading />;

  const recoveryCodes = confirm.data;
  if (recoveryCodes) {
    return (
      <section>
        <h1>{t('twoFactor.title')}</h1>
        <div className="card form" data-testid="recovery-codes">
          <div className="alert alert-ok" role="status">
            {t('twoFactor.enabled')}
          </div>
          <h2>{t('twoFactor.recoveryTitle')}</h2>
          <p>{t('twoFactor.recoveryIntro')}</p>
          <ol className="recovery-codes">
            {recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ol>
          <div>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void navigate(safeNext(params.get('next')), { replace: true })}
            >
              {t('twoFactor.continue')}
            </button>
          </div>
        </div>
      </section>
    );
  }

  if (me.data.twoFactorEnabled) {
    return (
      <section>
        <h1>{t('twoFactor.title')}</h1>
        <p className="alert alert-ok">{t('twoFactor.enabled')}</p>
      </section>
    );
  }

  const errors = fieldErrorKeys(confirm.error, '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code.trim());
  };

  return (
    <section>
      <h1>{t('twoFactor.title')}</h1>
      {me.data.twoFactorRequired ? (
        <p className="alert alert-warn" role="status" data-testid="two-factor-required">
          {t('twoFactor.requiredNotice')}
        </p>
      ) : (
        <p>{t('twoFactor.optionalIntro')}</p>
      )}
      {start.isError && (
        <div className="alert alert-error" role="alert">
          {t(errorKey(start.error))}
        </div>
      )}
      {!start.data ? (
        <button
          type="button"
          className="button button-primary"
          disabled={start.isPending}
          onClick={() => start.mutate()}
        >
          {t('twoFactor.start')}
        </button>
      ) : (
        <form className="card form" onSubmit={submit} noValidate>
          <p>{t('twoFactor.scan')}</p>
          <img src={start.data.qrCode} alt={t('twoFactor.qrAlt')} width={220} height={220} />
          <p>
            {t('twoFactor.secretHint')} <code data-testid="two-factor-secret">{start.data.secret}</code>
          </p>
          {confirm.isError && !errors.code && (
            <div className="alert alert-error" role="alert">
              {t(errorKey(confirm.error))}
            </div>
          )}
          <InputField
            id="two-factor-code"
            name="code"
            label={t('twoFactor.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            error={errors.code}
            onValue={setCode}
          />
          <small className="hint">{t('twoFactor.codeHint')}</small>
          <div>
            <button type="submit" className="button button-primary" disabled={confirm.isPending || !code.trim()}>
              {t('twoFactor.confirm')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
