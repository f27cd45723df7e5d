import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorReason, fieldErrorKeys, isApiError } from '../../../app/api-error';
import type { MaterialFieldsFragment, MaterialRevisionFieldsFragment } from '../../../gql/graphql';
import { SaveError } from '../../../app/components/save-error';
import { copyText } from '../../materials/clipboard';
import { currentLanguage } from '../../../app/i18n';
import { kindName } from '../../materials/kind-name';
import { parseDoc } from '../../materials/material-doc';
import { materialKeys } from '../../materials/materials.keys';
import { fetchMaterial } from '../../materials/use-material';
import { structureHintKey } from '../structure-hint';
import { useSaveMaterial } from '../use-save-material';
import { BodyField } from './body-field';
import { EditDetails } from './edit-details';
import { MaterialConflictPanel } from './material-conflict-panel';
import { TitleField } from './title-field';
import { TranslationSource } from './translation-source';

interface Base {
  number: number;
  version: number;
}

/**
 * Edits the working revision's title and text. The edit is based on one revision number and version; only an
 * explicit choice in the conflict panel moves that base forward, so a concurrent save is never silently undone.
 */
export function EditMaterial({
  initial,
}: {
  initial: MaterialFieldsFragment & { working: MaterialRevisionFieldsFragment };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const save = useSaveMaterial();
  const [title, setTitle] = useState(initial.working.title);
  const [body, setBody] = useState(() => parseDoc(initial.working.body));
  const [bodyKey, setBodyKey] = useState(0);
  const [base, setBase] = useState<Base>({ number: initial.working.number, version: initial.working.version });
  const [latest, setLatest] = useState<MaterialRevisionFieldsFragment | null>(null);

  const underReview = isApiError(save.error, 'CONFLICT') && errorReason(save.error) === 'underReview';
  const conflict = latest && isApiError(save.error, 'CONFLICT') && !underReview;
  const errors = fieldErrorKeys(save.error);
  const startsRevision = initial.working.state === 'approved' || initial.working.state === 'archived';
  const hint = structureHintKey(initial.kind.structure);

  const send = (on: Base) =>
    save.mutate(
      {
        id: initial.id,
        input: {
          title: title.trim(),
          body: JSON.stringify(body),
          revisionNumber: on.number,
          revisionVersion: on.version,
        },
      },
      {
        onSuccess: (m) => void navigate(`/materials/${m.id}`, { replace: true }),
        onError: async (error) => {
          if (!isApiError(error, 'CONFLICT') || errorReason(error) === 'underReview') return;
          const current = await client.fetchQuery({
            queryKey: materialKeys.detail(initial.id),
            queryFn: () => fetchMaterial(initial.id),
            staleTime: 0,
          });
          setLatest(current.working);
        },
      },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(base);
  };

  return (
    <section>
      <h1>{t('materialEditor.editTitle')}</h1>
      <p className="hint" data-testid="fixed-details">
        {t('materialEditor.detailsFixed', {
          kind: kindName(initial.kind, currentLanguage()),
          language: t(`languages.${initial.language}`),
        })}
      </p>
      <EditDetails initial={initial} />
      <h2 id="text-title">{t('materialEditor.textTitle')}</h2>
      {startsRevision && (
        <p className="alert alert-warn" data-testid="new-revision-note">
          {t('materialEditor.newRevisionNote', { number: initial.working.number + 1 })}
        </p>
      )}
      {conflict ? (
        <MaterialConflictPanel
          mine={{ title, body }}
          latest={latest}
          saving={save.isPending}
          onReload={() => {
            setTitle(latest.title);
            setBody(parseDoc(latest.body));
            setBodyKey((n) => n + 1);
            setBase({ number: latest.number, version: latest.version });
            setLatest(null);
            save.reset();
          }}
          onKeepMine={() => {
            const next = { number: latest.number, version: latest.version };
            setBase(next);
            send(next);
          }}
        />
      ) : underReview ? (
        <div className="alert alert-warn" role="alert" data-testid="under-review">
          <span>{t('materialEditor.underReview')}</span>
          <button type="button" className="button button-small" onClick={() => void copyText(title, body, true)}>
            {t('materialEditor.copyMine')}
          </button>
        </div>
      ) : (
        <SaveError error={save.error} />
      )}
      <div className={initial.sourceId ? 'compare translate' : undefined}>
        {initial.sourceId && <TranslationSource sourceId={initial.sourceId} />}
        <form
          className="form card"
          onSubmit={submit}
          noValidate
          data-testid="material-form"
          aria-labelledby="text-title"
        >
          <TitleField value={title} error={errors.title} onChange={setTitle} />
          <BodyField
            resetKey={bodyKey}
            value={body}
            hint={hint ? t(hint) : undefined}
            error={errors.body}
            onChange={setBody}
          />
          <div className="actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={save.isPending}
              data-testid="material-save"
            >
              {save.isPending ? t('materialEditor.saving') : t('materialEditor.saveText')}
            </button>
            <button type="button" className="button" onClick={() => void navigate(`/materials/${initial.id}`)}>
              {t('materialEditor.cancel')}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
