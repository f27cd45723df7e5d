import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type Role } from '@portal/domain';
import { errorKey, fieldErrorKeys } from '../../../app/api-error';
import { useOrganizations } from '../../contacts/use-organizations';
import { useInviteUser } from '../use-invite-user';
import { InviteLink } from './invite-link';
import { RoleCheckboxes } from './role-checkboxes';

export function InviteForm() {
  const { t } = useTranslation();
  const invite = useInviteUser();
  const organizations = useOrganizations();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [roles, setRoles] = useState<Role[]>(['member']);
  const [language, setLanguage] = useState<Language>('ru');
  const [rolesMissing, setRolesMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRolesMissing(roles.length === 0);
    if (roles.length === 0) return;
    invite.mutate(
      { email: email.trim(), displayName: displayName.trim(), organizationId: organizationId || null, roles, language },
      {
        onSuccess: () => {
          setEmail('');
          setDisplayName('');
        },
      },
    );
  };

  const fields = fieldErrorKeys(invite.error);
  const fieldMessage = (name: string) =>
    fields[name] ? (
      <p className="field-error" id={`invite-${name}-error`}>
        {t(fields[name].key, { defaultValue: fields[name].message })}
      </p>
    ) : null;

  return (
    <section className="card">
      <h2>{t('users.invite')}</h2>
      {invite.data && <InviteLink url={invite.data.inviteUrl} />}
      <form className="form" onSubmit={submit} noValidate data-testid="invite-form">
        {invite.isError && (
          <div className="alert alert-error" role="alert">
            {t(errorKey(invite.error))}
          </div>
        )}
        <div className="grid-2">
          <div className="field">
            <label htmlFor="invite-email">{t('users.email')}</label>
            <input
              id="invite-email"
              type="email"
              required
              value={email}
              aria-invalid={fields.email ? true : undefined}
              onChange={(e) => setEmail(e.target.value)}
            />
            {fieldMessage('email')}
          </div>
          <div className="field">
            <label htmlFor="invite-name">{t('users.displayName')}</label>
            <input
              id="invite-name"
              type="text"
              required
              value={displayName}
              aria-invalid={fields.displayName ? true : undefined}
              onChange={(e) => setDisplayName(e.target.value)}
            />
            {fieldMessage('displayName')}
          </div>
          <div className="field">
            <label htmlFor="invite-organization">{t('users.organization')}</label>
            <select id="invite-organization" value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
              <option value="">{t('contactForm.noOrganization')}</option>
              {organizations.data?.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="invite-language">{t('users.language')}</label>
            <select id="invite-language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset>
          <legend>{t('users.roles')}</legend>
          <RoleCheckboxes idPrefix="invite-role" value={roles} onChange={setRoles} />
          {rolesMissing && <p className="field-error">{t('users.rolesRequired')}</p>}
        </fieldset>
        <div>
          <button type="submit" className="button button-primary" disabled={invite.isPending}>
            {t('users.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
