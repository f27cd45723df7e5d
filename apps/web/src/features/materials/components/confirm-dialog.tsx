import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Prefix of element ids and test ids. */
  id: string;
  title: string;
  text: string;
  confirmLabel: string;
  pending: boolean;
  /** A refusal from the API, already translated. */
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}

/** A step with consequences at once (approving publishes to every reader) is taken only after a second look. */
export function ConfirmDialog({ id, title, text, confirmLabel, pending, error, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      data-testid={`${id}-dialog`}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-approve"
          disabled={pending}
          onClick={onConfirm}
          data-testid={`${id}-confirm`}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('materials.cancel')}
        </button>
      </div>
    </dialog>
  );
}
