import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../../app/api-error';

interface Props {
  id: string;
  label: string;
  submitLabel: string;
  initial?: string;
  pending: boolean;
  error: unknown;
  /** Extra fields (the anchor picker). */
  children?: ReactNode;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
}

/** A comment, reply or edit; the text stays in the box until the API has accepted it. */
export function CommentForm({
  id,
  label,
  submitLabel,
  initial = '',
  pending,
  error,
  children,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    onSubmit(body.trim()).then(
      () => setBody(''),
      () => undefined,
    );
  };
  return (
    <form className="form comment-form" onSubmit={submit} noValidate data-testid={id}>
      <div className="field">
        <label htmlFor={`${id}-body`}>{label}</label>
        <textarea id={`${id}-body`} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      {children}
      {!!error && (
        <p className="field-error" role="alert">
          {t(errorKey(error))}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={pending || !body.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('materials.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
