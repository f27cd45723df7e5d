import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  /** What was not found, e.g. "Material not found"; the generic page title otherwise. */
  title?: string;
  text?: string;
  /** Where to go instead (a list the record would have been in); the start page otherwise. */
  back?: { to: string; label: string };
}

/** Retrying cannot find what is not there: say so and offer a way back instead. */
export function NotFoundPage({ title, text, back }: Props) {
  const { t } = useTranslation();
  return (
    <section data-testid="not-found">
      <h1>{title ?? t('app.notFound')}</h1>
      {text && <p>{text}</p>}
      <Link to={back?.to ?? '/'} data-testid="not-found-back">
        {back?.label ?? t('app.backHome')}
      </Link>
    </section>
  );
}
