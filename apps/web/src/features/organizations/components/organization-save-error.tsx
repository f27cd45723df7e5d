import { useTranslation } from 'react-i18next';
import { errorKey } from '../../../app/api-error';
import type { FieldErrors } from '../../../app/components/field-message';

/** The summary above the form; when the problem sits in a field, it points there instead of naming the code. */
export function OrganizationSaveError({ error, fields }: { error: unknown; fields: FieldErrors }) {
  const { t } = useTranslation();
  if (!error && Object.keys(fields).length === 0) return null;
  return (
    <div className="alert alert-error" role="alert" data-testid="save-error">
      {t(Object.keys(fields).length > 0 ? 'errors.BAD_USER_INPUT' : errorKey(error))}
    </div>
  );
}
