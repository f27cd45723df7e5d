import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@portal/domain';

export function RoleCheckboxes({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: Role[];
  onChange: (roles: Role[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="checks">
      {ROLES.map((role) => (
        <label key={role} htmlFor={`${idPrefix}-${role}`}>
          <input
            id={`${idPrefix}-${role}`}
            type="checkbox"
            checked={value.includes(role)}
            onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
          />
          {t(`roles.${role}`)}
        </label>
      ))}
    </div>
  );
}
