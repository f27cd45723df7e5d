import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('app.notFound')}</h1>
      <Link to="/contacts">{t('app.backHome')}</Link>
    </section>
  );
}
