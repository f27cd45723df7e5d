import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import { ErrorMessage } from '../../../app/components/status';
import { exportCsvUrl, parseListParams } from '../../contacts/contact-list-params';
import { ImportRows } from '../components/import-rows';
import { usePreviewImport } from '../use-preview-import';
import { useRunImport } from '../use-run-import';

export function ContactImportPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const preview = usePreviewImport();
  const run = useRunImport();
  const [csv, setCsv] = useState<string | null>(null);
  const [readFailed, setReadFailed] = useState(false);

  if (!ability.can('import', 'Contact')) return <Forbidden />;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    preview.reset();
    run.reset();
    setCsv(null);
    setReadFailed(false);
    if (!file) return;
    try {
      setCsv(await file.text());
    } catch {
      setReadFailed(true);
    }
  };

  const result = run.data ?? preview.data;

  return (
    <section>
      <p>
        <Link to="/contacts">← {t('contacts.backToList')}</Link>
      </p>
      <h1>{t('import.title')}</h1>
      <div className="card form">
        <p>{t('import.intro')}</p>
        <p>
          <a href={exportCsvUrl(parseListParams(new URLSearchParams()))} download data-testid="import-template">
            {t('import.template')}
          </a>
        </p>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e)} />
        </div>
        {readFailed && (
          <div className="alert alert-error" role="alert">
            {t('import.readError')}
          </div>
        )}
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={!csv || preview.isPending || run.isSuccess}
            onClick={() => csv && preview.mutate(csv)}
            data-testid="import-preview"
          >
            {preview.isPending ? t('import.checking') : t('import.preview')}
          </button>
          {preview.data && !run.isSuccess && preview.data.valid > 0 && (
            <button
              type="button"
              className="button button-primary"
              disabled={run.isPending}
              onClick={() => csv && run.mutate(csv)}
              data-testid="import-run"
            >
              {run.isPending ? t('import.running') : t('import.run')}
            </button>
          )}
        </div>
      </div>
      {preview.isError && <ErrorMessage error={preview.error} />}
      {run.isError && <ErrorMessage error={run.error} />}
      {result && (
        <>
          <div className={run.data ? 'alert alert-ok' : 'alert'} role="status" data-testid="import-summary">
            {run.data
              ? t('import.done', { created: run.data.created, rejected: run.data.rejected })
              : t('import.summary', { valid: result.valid, rejected: result.rejected })}
          </div>
          {result.rows.length === 0 ? <p className="empty">{t('import.empty')}</p> : <ImportRows result={result} />}
        </>
      )}
    </section>
  );
}
