import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import type { FieldErrors } from '../../../app/components/field-message';
import { OrganizationForm } from '../components/organization-form';
import { OrganizationSaveError } from '../components/organization-save-error';
import { emptyOrganizationValues, organizationErrors, toOrganizationInput } from '../organization-values';
import { useCreateOrganization } from '../use-create-organization';

export function OrganizationCreatePage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const [values, setValues] = useState(emptyOrganizationValues);
  const [checked, setChecked] = useState<FieldErrors | null>(null);

  if (!ability.can('create', 'Organization')) return <Forbidden />;

  const submit = () => {
    const prepared = toOrganizationInput(values);
    setChecked(prepared.errors ?? null);
    if (prepared.input) create.mutate(prepared.input, { onSuccess: () => void navigate('/organizations') });
  };
  const errors = checked ?? organizationErrors(create.error);

  return (
    <section>
      <h1>{t('organizations.createTitle')}</h1>
      <OrganizationSaveError error={checked ? null : create.error} fields={errors} />
      <OrganizationForm
        values={values}
        errors={errors}
        saving={create.isPending}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => void navigate('/organizations')}
      />
    </section>
  );
}
