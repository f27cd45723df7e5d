import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import { ErrorMessage } from '../../../app/components/status';
import { exportUrl, parseListParams } from '../../contacts/contact-list-params';
import { ImportFileError, fileError } from '../components/import-file-error';
import { ImportRows } from '../components/import-rows';
import { MAX_IMPORT_BYTES, fileToBase64 } from '../file-base64';
import { usePreviewImport } from '../use-preview-import';
import { useRunImport } from '../use-run-import';

const ACCEPT = [
  '.xlsx',
  '.csv',
  '.txt',
  '.tsv',
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

export function ContactImportPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const preview = usePreviewImport();
  const run = useRunImport();
  const [file, setFile] = useState<string | null>(null);
  const [readFailed, setReadFailed] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);

  if (!ability.can('import', 'Contact')) return <Forbidden />;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    preview.reset();
    run.reset();
    setFile(null);
    setReadFailed(false);
    setTooLarge(false);
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setTooLarge(true);
      return;
    }
    try {
      setFile(await fileToBase64(chosen));
    } catch {
      setReadFailed(true);
    }
  };

  const result = run.data ?? preview.data;
  const error = run.error ?? preview.error;
  const refused = tooLarge ? { reason: 'tooLarge', message: '', columns: [] } : fileError(error);
  const blank = parseListParams(new URLSearchParams());

  return (
    <section>
      <p>
        <Link to="/contacts">← {t('contacts.backToList')}</Link>
      </p>
      <h1>{t('import.title')}</h1>
      <div className="card form">
        <p>{t('import.introFiles')}</p>
        <p>
          <a href={exportUrl(blank, 'xlsx')} download data-testid="import-template-xlsx">
            {t('import.templateXlsx')}
          </a>
          {' · '}
          <a href={exportUrl(blank)} download data-testid="import-template">
            {t('import.template')}
          </a>
        </p>
        <div className="field">
          <label htmlFor="import-file">{t('import.fileLabel')}</label>
          <input
            id="import-file"
            type="file"
            accept={ACCEPT}
            onChange={(e) => void choose(e)}
            {...(refused ? { 'aria-invalid': true, 'aria-describedby': 'import-file-error' } : {})}
          />
          {refused && <ImportFileError id="import-file-error" error={refused} />}
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
            disabled={!file || preview.isPending || run.isSuccess}
            onClick={() => file && preview.mutate(file)}
            data-testid="import-preview"
          >
            {preview.isPending ? t('import.checking') : t('import.preview')}
          </button>
          {preview.data && !run.isSuccess && preview.data.valid > 0 && (
            <button
              type="button"
              className="button button-primary"
              disabled={run.isPending}
              onClick={() => file && run.mutate(file)}
              data-testid="import-run"
            >
              {run.isPending ? t('import.running') : t('import.run')}
            </button>
          )}
        </div>
      </div>
      {error && !refused && <ErrorMessage error={error} />}
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
