import { BODY_STRUCTURES, type BodyStructure } from '@portal/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorKeys } from '../../../app/api-error';
import type { MaterialKindFieldsFragment } from '../../../gql/graphql';
import { describedBy, FieldMessage } from '../../../app/components/field-message';
import { SaveError } from '../../../app/components/save-error';
import { toKindInput, type KindFormValues } from '../kind-values';
import { useSaveMaterialKind } from '../use-save-material-kind';

interface Props {
  /** Element ids start with it: the page can show the add form and a rename form at once. */
  idPrefix: string;
  initial: KindFormValues;
  /** An existing kind keeps its code: the code is what the API matches on. */
  existing: boolean;
  onSaved: (kind: MaterialKindFieldsFragment) => void;
  onCancel?: () => void;
}

type TextField = 'nameRu' | 'nameKy' | 'nameEn';
const NAME_FIELDS: [TextField, string, string][] = [
  ['nameRu', 'materialKinds.nameRu', 'ru'],
  ['nameKy', 'materialKinds.nameKy', 'ky'],
  ['nameEn', 'materialKinds.nameEn', 'en'],
];

export function KindForm({ idPrefix, initial, existing, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const save = useSaveMaterialKind();
  const [values, setValues] = useState(initial);
  const errors = fieldErrorKeys(save.error);
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = (changes: Partial<KindFormValues>) => setValues((v) => ({ ...v, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toKindInput(values), {
      onSuccess: onSaved,
    });
  };

  return (
    <form className="form kind-form" onSubmit={submit} noValidate data-testid={`${idPrefix}-form`}>
      <SaveError error={save.error && !Object.keys(errors).length ? save.error : null} />
      <div className="grid-2">
        <div className="field">
          <label htmlFor={id('code')}>{t('materialKinds.code')}</label>
          <input
            id={id('code')}
            type="text"
            value={values.code}
            readOnly={existing}
            required
            autoComplete="off"
            spellCheck={false}
            aria-describedby={errors.code ? `${id('code')}-hint ${id('code')}-error` : `${id('code')}-hint`}
            aria-invalid={errors.code ? true : undefined}
            onChange={(e) => set({ code: e.target.value })}
          />
          <p id={`${id('code')}-hint`} className="hint">
            {existing ? t('materialKinds.codeFixed') : t('materialKinds.codeHint')}
          </p>
          <FieldMessage id={`${id('code')}-error`} error={errors.code} />
        </div>
        <div className="field">
          <label htmlFor={id('structure')}>{t('materialKinds.structure')}</label>
          <select
            id={id('structure')}
            value={values.structure}
            {...describedBy(id('structure'), errors.structure)}
            onChange={(e) => set({ structure: e.target.value as BodyStructure })}
          >
            {BODY_STRUCTURES.map((s) => (
              <option key={s} value={s}>
                {t(`kindStructures.${s}`)}
              </option>
            ))}
          </select>
          <FieldMessage id={`${id('structure')}-error`} error={errors.structure} />
        </div>
      </div>
      <div className="grid-3">
        {NAME_FIELDS.map(([field, label, lang]) => (
          <div className="field" key={field}>
            <label htmlFor={id(field)}>{t(label)}</label>
            <input
              id={id(field)}
              type="text"
              lang={lang}
              value={values[field]}
              required
              maxLength={80}
              {...describedBy(id(field), errors[field])}
              onChange={(e) => set({ [field]: e.target.value })}
            />
            <FieldMessage id={`${id(field)}-error`} error={errors[field]} />
          </div>
        ))}
      </div>
      <div className="field field-narrow">
        <label htmlFor={id('sort')}>{t('materialKinds.sortOrder')}</label>
        <input
          id={id('sort')}
          type="number"
          min={0}
          max={10000}
          inputMode="numeric"
          value={values.sortOrder}
          {...describedBy(id('sort'), errors.sortOrder)}
          onChange={(e) => set({ sortOrder: e.target.value })}
        />
        <FieldMessage id={`${id('sort')}-error`} error={errors.sortOrder} />
      </div>
      <div className="actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={save.isPending}
          data-testid={`${idPrefix}-save`}
        >
          {save.isPending ? t('materialKinds.saving') : existing ? t('materialKinds.save') : t('materialKinds.add')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('materialKinds.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
