import { useTranslation } from 'react-i18next';
import { errorKey } from '../api-error';

/** The summary above the form; field-level messages sit next to their inputs. */
export function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert" data-testid="save-error">
      {t(errorKey(error))}
    </div>
  );
}
