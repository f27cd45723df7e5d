import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Prefix of element ids and test ids. */
  id: string;
  title: string;
  label: string;
  sendLabel: string;
  pending: boolean;
  /** A refusal from the API, already translated. */
  error: string | null;
  onCancel: () => void;
  onSubmit: (comment: string) => void;
  /** More fields after the comment (e.g. the replacement of a withdrawn text). */
  children?: ReactNode;
}

/** Steps that must say why (sending back, withdrawing): the dialog will not submit without a comment. */
export function CommentDialog({ id, title, label, sendLabel, pending, error, onCancel, onSubmit, children }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    onSubmit(comment.trim());
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      data-testid={`${id}-dialog`}
    >
      <form onSubmit={submit} noValidate className="form">
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="field">
          <label htmlFor={`${id}-comment`}>{label}</label>
          <textarea
            id={`${id}-comment`}
            rows={5}
            value={comment}
            required
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-comment-error` : undefined}
            onChange={(e) => {
              setComment(e.target.value);
              setMissing(false);
            }}
          />
          {missing && (
            <p id={`${id}-comment-error`} className="field-error" data-testid="comment-required">
              {t('materials.commentRequired')}
            </p>
          )}
        </div>
        {children}
        {error && (
          <div className="alert alert-error" role="alert">
            {error}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={pending} data-testid={`${id}-send`}>
            {sendLabel}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('materials.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
