import '../../materials/materials.css';
import { isLanguage } from '@portal/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { fieldErrorKeys } from '../../../app/api-error';
import { Forbidden } from '../../../app/components/forbidden';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { SaveError } from '../../../app/components/save-error';
import { MaterialBody } from '../../materials/components/material-body';
import { StateBadge } from '../../materials/components/state-badge';
import { parseDoc } from '../../materials/material-doc';
import { useMaterial } from '../../materials/use-material';
import { BodyField } from '../components/body-field';
import { TitleField } from '../components/title-field';
import { useCreateTranslation } from '../use-create-translation';

/** Source on the left, its translation being written on the right; the translation is approved on its own. */
export function MaterialTranslatePage() {
  const { t } = useTranslation();
  const { id = '', language = '' } = useParams();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const source = useMaterial(id);
  const create = useCreateTranslation();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState(() => parseDoc(null));

  if (!ability.can('create', 'Material') || !isLanguage(language)) return <Forbidden />;
  if (source.isPending) return <Loading />;
  if (source.isError) return <ErrorMessage error={source.error} onRetry={() => void source.refetch()} />;
  const revision = source.data.published ?? source.data.working;
  if (!revision) return <Forbidden />;
  const errors = fieldErrorKeys(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { sourceId: id, input: { language, title: title.trim(), body: JSON.stringify(body) } },
      { onSuccess: (m) => void navigate(`/materials/${m.id}`, { replace: true }) },
    );
  };

  return (
    <section>
      <h1>{t('translations.title', { language: t(`languages.${language}`) })}</h1>
      <SaveError error={create.error} />
      <div className="compare translate">
        <div className="card" lang={source.data.language} data-testid="translation-source">
          <h2>
            {t('translations.source')} <StateBadge state={revision.state} />
          </h2>
          <p className="revision-title">{revision.title}</p>
          <MaterialBody doc={parseDoc(revision.body)} />
        </div>
        <form className="form card" onSubmit={submit} noValidate lang={language} data-testid="material-form">
          <TitleField value={title} error={errors.title} onChange={setTitle} />
          <BodyField resetKey={0} value={body} error={errors.body} onChange={setBody} />
          <div className="actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={create.isPending}
              data-testid="material-save"
            >
              {create.isPending ? t('materialEditor.saving') : t('materialEditor.save')}
            </button>
            <button type="button" className="button" onClick={() => void navigate(`/materials/${id}`)}>
              {t('materialEditor.cancel')}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
