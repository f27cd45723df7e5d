import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGES, isLanguage } from '@portal/domain';
import { Loading } from '../../../app/components/status';
import { useChangeLanguage } from '../../auth/use-change-language';
import { useMe } from '../../auth/use-me';
import { ChangePasswordForm } from '../components/change-password-form';
import { MySessions } from '../components/my-sessions';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const changeLanguage = useChangeLanguage();
  if (!me.data) return <Loading />;
  const { user } = me.data;

  return (
    <section>
      <h1>{t('account.title')}</h1>
      <div className="grid-2">
        <div className="card form">
          <h2>{t('account.profile')}</h2>
          <dl className="details">
            <dt>{t('users.displayName')}</dt>
            <dd>{user.displayName}</dd>
            <dt>{t('users.email')}</dt>
            <dd>{user.email}</dd>
            <dt>{t('users.organization')}</dt>
            <dd>{user.organization?.name ?? t('contacts.none')}</dd>
            <dt>{t('users.roles')}</dt>
            <dd>{user.roles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
            <dt>{t('twoFactor.status')}</dt>
            <dd data-testid="two-factor-status">
              {me.data.twoFactorEnabled ? (
                t('twoFactor.on')
              ) : (
                <>
                  {t('twoFactor.off')} · <Link to="/account/two-factor">{t('twoFactor.setUp')}</Link>
                </>
              )}
            </dd>
          </dl>
          <div className="field">
            <label htmlFor="account-language">{t('account.language')}</label>
            <select
              id="account-language"
              value={user.language}
              onChange={(e) => {
                if (isLanguage(e.target.value)) changeLanguage.mutate(e.target.value);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ChangePasswordForm />
      </div>
      <MySessions />
    </section>
  );
}
