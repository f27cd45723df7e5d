import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api-error';

/** Why the file as a whole was refused, or null when the error is not about the file. */
export function fileError(error: unknown): { reason: string; message: string; columns: string[] } | null {
  if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') return null;
  const field = error.fields.find((f) => f.field === 'file' || f.field === 'csv');
  if (!field) return null;
  const columns = Array.isArray(error.details.columns) ? error.details.columns.map(String) : [];
  return { reason: field.reason, message: field.message, columns };
}

/** The reason next to the file input, with the columns it concerns (unknown, missing, given twice). */
export function ImportFileError({ id, error }: { id: string; error: NonNullable<ReturnType<typeof fileError>> }) {
  const { t } = useTranslation();
  return (
    <div id={id} className="field-error" role="alert" data-testid="import-file-error">
      {t(`import.fileErrors.${error.reason}`, { columns: error.columns.join(', '), defaultValue: error.message })}
      {error.reason === 'malformed' && (
        <>
          {' '}
          <code>{error.message}</code>
        </>
      )}
    </div>
  );
}
