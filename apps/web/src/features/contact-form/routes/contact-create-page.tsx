import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import { ContactForm } from '../components/contact-form';
import { SaveError } from '../../../app/components/save-error';
import { formErrors } from '../form-errors';
import { emptyValues, toContactInput, type PreparedInput } from '../form-values';
import { useCreateContact } from '../use-create-contact';

export function ContactCreatePage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const navigate = useNavigate();
  const create = useCreateContact();
  const [values, setValues] = useState(emptyValues);
  const [sent, setSent] = useState<PreparedInput | null>(null);

  if (!ability.can('create', 'Contact')) return <Forbidden />;

  const submit = () => {
    const prepared = toContactInput(values);
    setSent(prepared);
    create.mutate(prepared.input, { onSuccess: (c) => void navigate(`/contacts/${c.id}`, { replace: true }) });
  };

  return (
    <section>
      <h1>{t('contactForm.createTitle')}</h1>
      <SaveError error={create.error} />
      <ContactForm
        values={values}
        errors={sent ? formErrors(create.error, sent) : {}}
        saving={create.isPending}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => void navigate('/contacts')}
      />
    </section>
  );
}
