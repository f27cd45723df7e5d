import { useTranslation } from 'react-i18next';
import { describedBy, FieldMessage, type FieldMessageValue } from '../../../app/components/field-message';

export function TitleField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: FieldMessageValue | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor="material-title">{t('materialEditor.title')}</label>
      <input
        id="material-title"
        type="text"
        required
        value={value}
        {...describedBy('material-title', error)}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldMessage id="material-title-error" error={error} />
    </div>
  );
}
