import '../../materials/materials.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorKeys } from '../../../app/api-error';
import { useAppAbility } from '../../../app/ability';
import type { FieldErrors } from '../../../app/components/field-message';
import { Forbidden } from '../../../app/components/forbidden';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { currentLanguage } from '../../../app/i18n';
import { SaveError } from '../../../app/components/save-error';
import { useMaterialKinds } from '../../materials/use-material-kinds';
import { BodyField } from '../components/body-field';
import { DetailsFields } from '../components/details-fields';
import { TitleField } from '../components/title-field';
import { useMe } from '../../auth/use-me';
import { bodyAfterKindChange, emptyValues, missingFields, toCreateInput } from '../editor-values';
import { lastWrittenLanguage, rememberWrittenLanguage } from '../written-language';
import { structureHintKey } from '../structure-hint';
import { useCreateMaterial } from '../use-create-material';

export function MaterialCreatePage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const kinds = useMaterialKinds();
  const create = useCreateMaterial();
  const me = useMe();
  const userId = me.data?.user.id ?? '';
  const [values, setValues] = useState(() => emptyValues(lastWrittenLanguage(userId) ?? currentLanguage()));
  const [bodyKey, setBodyKey] = useState(0);
  // Required fields are checked here first: the server's reasons ("invalid identifier") do not say what to do.
  const [checked, setChecked] = useState(false);

  if (!ability.can('create', 'Material')) return <Forbidden />;
  if (kinds.isPending) return <Loading />;
  if (kinds.isError) return <ErrorMessage error={kinds.error} onRetry={() => void kinds.refetch()} />;

  const kind = kinds.data.find((k) => k.id === values.kindId);
  const hint = structureHintKey(kind?.structure);
  const missing = checked ? missingFields(values) : {};
  const errors: FieldErrors = { ...fieldErrorKeys(create.error), ...missing };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const required = missingFields(values);
    if (required.kindId || required.title) {
      document.getElementById(required.kindId ? 'material-kind' : 'material-title')?.focus();
      return;
    }
    create.mutate(toCreateInput(values, kind?.structure), {
      onSuccess: (m) => {
        rememberWrittenLanguage(userId, values.language);
        void navigate(`/materials/${m.id}`, { replace: true });
      },
    });
  };

  return (
    <section>
      <h1>{t('materialEditor.createTitle')}</h1>
      <SaveError error={create.error} />
      <form className="form card" onSubmit={submit} noValidate data-testid="material-form">
        <DetailsFields
          values={values}
          kinds={kinds.data}
          errors={errors}
          onChange={(changes) => setValues((v) => ({ ...v, ...changes }))}
          onKind={(k) => {
            const body = k ? bodyAfterKindChange(values.body, k.structure) : null;
            setValues((v) => ({ ...v, kindId: k?.id ?? '', ...(body ? { body } : {}) }));
            if (body) setBodyKey((n) => n + 1);
          }}
        >
          <TitleField
            value={values.title}
            error={errors.title}
            onChange={(title) => setValues((v) => ({ ...v, title }))}
          />
          <BodyField
            resetKey={bodyKey}
            value={values.body}
            hint={hint ? t(hint) : undefined}
            error={errors.body}
            onChange={(body) => setValues((v) => ({ ...v, body }))}
          />
        </DetailsFields>
        <div className="actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={create.isPending}
            data-testid="material-save"
          >
            {create.isPending ? t('materialEditor.saving') : t('materialEditor.save')}
          </button>
          <button type="button" className="button" onClick={() => void navigate('/materials')}>
            {t('materialEditor.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
