import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@portal/domain';
import { errorKey } from '../../../app/api-error';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { UserFieldsFragment } from '../../../gql/graphql';
import { useSetUserActive } from '../use-set-user-active';
import { useResetTwoFactor } from '../use-reset-two-factor';
import { useSetUserRoles } from '../use-set-user-roles';
import { RoleCheckboxes } from './role-checkboxes';

export function UserRow({ user, isSelf }: { user: UserFieldsFragment; isSelf: boolean }) {
  const { t } = useTranslation();
  const setRoles = useSetUserRoles();
  const setActive = useSetUserActive();
  const resetTwoFactor = useResetTwoFactor();
  const [editing, setEditing] = useState<Role[] | null>(null);
  const error = setRoles.error ?? setActive.error ?? resetTwoFactor.error;

  return (
    <tr data-testid={`user-row-${user.email}`}>
      <td data-label={t('users.displayName')}>
        <strong>{user.displayName}</strong>
        <br />
        <a href={`mailto:${user.email}`}>{user.email}</a>
      </td>
      <td data-label={t('users.organization')}>
        {user.organization?.shortName ?? user.organization?.name ?? t('contacts.none')}
      </td>
      <td data-label={t('users.roles')}>
        {editing ? (
          <fieldset>
            <legend className="visually-hidden">{t('users.roles')}</legend>
            <RoleCheckboxes idPrefix={`roles-${user.id}`} value={editing} onChange={setEditing} />
            <div className="actions">
              <button
                type="button"
                className="button button-small button-primary"
                disabled={editing.length === 0 || setRoles.isPending}
                onClick={() => setRoles.mutate({ id: user.id, roles: editing }, { onSuccess: () => setEditing(null) })}
              >
                {t('users.saveRoles')}
              </button>
              <button type="button" className="button button-small" onClick={() => setEditing(null)}>
                {t('users.cancel')}
              </button>
            </div>
          </fieldset>
        ) : (
          user.roles.map((r) => (
            <span key={r} className="badge">
              {t(`roles.${r}`)}
            </span>
          ))
        )}
      </td>
      <td data-label={t('users.status')}>{t(`userStatuses.${user.status}`)}</td>
      <td data-label={t('users.lastSignIn')}>
        {user.lastSignInAt ? formatDateTime(user.lastSignInAt, currentLanguage()) : t('users.never')}
      </td>
      <td data-label={t('users.actions')}>
        <div className="actions">
          {!editing && (
            <button type="button" className="button button-small" onClick={() => setEditing([...user.roles])}>
              {t('users.editRoles')}
            </button>
          )}
          {!isSelf && user.status !== 'invited' && (
            <button
              type="button"
              className={user.status === 'active' ? 'button button-small button-danger' : 'button button-small'}
              disabled={setActive.isPending}
              onClick={() => setActive.mutate({ id: user.id, active: user.status !== 'active' })}
            >
              {user.status === 'active' ? t('users.deactivate') : t('users.reactivate')}
            </button>
          )}
          {user.twoFactorEnabledAt && (
            <button
              type="button"
              className="button button-small"
              disabled={resetTwoFactor.isPending}
              onClick={() => {
                if (window.confirm(t('twoFactor.resetConfirm', { name: user.displayName }))) {
                  resetTwoFactor.mutate(user.id);
                }
              }}
            >
              {t('twoFactor.reset')}
            </button>
          )}
        </div>
        {error && (
          <p className="field-error" role="alert">
            {t(errorKey(error))}
          </p>
        )}
      </td>
    </tr>
  );
}
