import { useTranslation } from 'react-i18next';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      {t('errors.FORBIDDEN')}
    </div>
  );
}
