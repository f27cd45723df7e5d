import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../app/ability';
import { fieldErrorKeys, isApiError } from '../../../app/api-error';
import type { MaterialFieldsFragment } from '../../../gql/graphql';
import { SaveError } from '../../../app/components/save-error';
import { materialKeys } from '../../materials/materials.keys';
import { fetchMaterial } from '../../materials/use-material';
import { detailsOf, isCoverage, toDetailsInput, type DetailsValues } from '../editor-values';
import { useUpdateMaterialDetails } from '../use-update-material-details';
import { DetailsConflictPanel } from './details-conflict-panel';
import { MaterialDetailsFields } from './material-details-fields';

interface Latest {
  values: DetailsValues;
  version: number;
}

/**
 * Campaign, audiences, channels and dates (and, for media coverage, outlet, date and link), saved on their own against the material's version (the text has its
 * own). A stale version shows both sets; the form keeps what the user entered until they choose.
 */
export function EditDetails({ initial }: { initial: MaterialFieldsFragment }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const ability = useAppAbility();
  // Once agreed or approved, moving the embargo publishes the text: an approver does it from the material's page.
  const datesLocked = !!initial.published && !ability.can('reschedule', 'Material');
  const update = useUpdateMaterialDetails();
  const [values, setValues] = useState(() => detailsOf(initial));
  const [version, setVersion] = useState(initial.version);
  const [latest, setLatest] = useState<Latest | null>(null);
  const [saved, setSaved] = useState(false);

  const conflict = latest && isApiError(update.error, 'CONFLICT');
  const errors = fieldErrorKeys(update.error);
  const structure = initial.kind.structure;

  const send = (on: number) =>
    update.mutate(
      { id: initial.id, input: toDetailsInput(values, on, structure) },
      {
        onSuccess: (m) => {
          setVersion(m.version);
          setValues(detailsOf(m));
          setLatest(null);
          setSaved(true);
        },
        onError: async (error) => {
          if (!isApiError(error, 'CONFLICT')) return;
          const current = await client.fetchQuery({
            queryKey: materialKeys.detail(initial.id),
            queryFn: () => fetchMaterial(initial.id),
            staleTime: 0,
          });
          setLatest({ values: detailsOf(current), version: current.version });
        },
      },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    send(version);
  };

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="details-form" aria-labelledby="details-title">
      <h2 id="details-title">{t('materialEditor.detailsTitle')}</h2>
      {conflict ? (
        <DetailsConflictPanel
          mine={values}
          latest={latest.values}
          coverage={isCoverage(structure)}
          latestVersion={latest.version}
          saving={update.isPending}
          onReload={() => {
            setValues(latest.values);
            setVersion(latest.version);
            setLatest(null);
            update.reset();
          }}
          onKeepMine={() => {
            setVersion(latest.version);
            send(latest.version);
          }}
        />
      ) : (
        <SaveError error={update.error} />
      )}
      <MaterialDetailsFields
        values={values}
        errors={errors}
        coverage={isCoverage(structure)}
        datesLocked={datesLocked}
        onChange={(changes) => {
          setSaved(false);
          setValues((v) => ({ ...v, ...changes }));
        }}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={update.isPending} data-testid="details-save">
          {update.isPending ? t('materialEditor.saving') : t('materialEditor.saveDetails')}
        </button>
        <span className="status" role="status" data-testid="details-status">
          {saved ? t('materialEditor.detailsSaved') : ''}
        </span>
      </div>
    </form>
  );
}
