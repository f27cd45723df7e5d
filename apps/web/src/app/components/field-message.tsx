import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldMessageValue {
  key: string;
  message: string;
}
export type FieldErrors = Record<string, FieldMessageValue>;

/** Translated by reason; an unknown reason shows the API's own message rather than nothing. */
export function FieldMessage({ id, error }: { id: string; error: FieldMessageValue | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="field-error" data-testid={`error-${id}`}>
      {t(error.key, { defaultValue: error.message })}
    </p>
  );
}

/** Props that tie an input to its error message for screen readers. */
export const describedBy = (id: string, error: FieldMessageValue | undefined) =>
  error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A labelled text input with its translated error, tied together for screen readers. */
export function InputField({
  id,
  label,
  value,
  error,
  onValue,
  ...input
}: InputProps & {
  id: string;
  label: string;
  value: string;
  error: FieldMessageValue | undefined;
  onValue: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        {...input}
        value={value}
        {...describedBy(id, error)}
        onChange={(e) => onValue(e.target.value)}
      />
      <FieldMessage id={`${id}-error`} error={error} />
    </div>
  );
}
