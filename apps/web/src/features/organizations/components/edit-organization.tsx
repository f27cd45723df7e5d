import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrganizationFieldsFragment } from '../../../gql/graphql';
import type { FieldErrors } from '../../../app/components/field-message';
import {
  isVersionConflict,
  organizationErrors,
  toOrganizationInput,
  valuesFromOrganization,
  type OrganizationFormValues,
} from '../organization-values';
import { organizationKeys } from '../organizations.keys';
import { fetchOrganization } from '../use-organization';
import { useUpdateOrganization } from '../use-update-organization';
import { OrganizationConflictPanel } from './organization-conflict-panel';
import { OrganizationForm } from './organization-form';
import { OrganizationSaveError } from './organization-save-error';

export function EditOrganization({ initial }: { initial: OrganizationFieldsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const update = useUpdateOrganization();
  const [values, setValues] = useState(() => valuesFromOrganization(initial));
  // The version this edit is based on; only an explicit choice in the conflict panel moves it forward.
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const [checked, setChecked] = useState<FieldErrors | null>(null);
  const [latest, setLatest] = useState<OrganizationFieldsFragment | null>(null);

  const save = (formValues: OrganizationFormValues, version: number) => {
    const prepared = toOrganizationInput(formValues);
    setChecked(prepared.errors ?? null);
    if (!prepared.input) return;
    update.mutate(
      { id: initial.id, input: { ...prepared.input, version } },
      {
        onSuccess: () => void navigate('/organizations', { replace: true }),
        onError: async (error) => {
          if (!isVersionConflict(error)) return;
          const current = await client.fetchQuery({
            queryKey: organizationKeys.detail(initial.id),
            queryFn: () => fetchOrganization(initial.id),
            staleTime: 0,
          });
          setLatest(current);
        },
      },
    );
  };

  const errors = checked ?? organizationErrors(update.error);
  const conflict = latest && isVersionConflict(update.error);
  const mine = { ...values, shortName: values.shortName || null, website: values.website || null };

  return (
    <section>
      <h1>{t('organizations.editTitle')}</h1>
      {conflict ? (
        <OrganizationConflictPanel
          mine={{ ...mine, type: values.type || latest.type }}
          latest={latest}
          saving={update.isPending}
          onReload={() => {
            setValues(valuesFromOrganization(latest));
            setBaseVersion(latest.version);
            setLatest(null);
            update.reset();
          }}
          onKeepMine={() => {
            setBaseVersion(latest.version);
            save(values, latest.version);
          }}
        />
      ) : (
        <OrganizationSaveError error={checked ? null : update.error} fields={errors} />
      )}
      <OrganizationForm
        values={values}
        errors={errors}
        saving={update.isPending}
        onChange={setValues}
        onSubmit={() => save(values, baseVersion)}
        onCancel={() => void navigate('/organizations')}
      />
    </section>
  );
}
