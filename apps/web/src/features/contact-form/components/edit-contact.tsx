import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../app/api-error';
import type { ContactFieldsFragment } from '../../../gql/graphql';
import { contactKeys } from '../../contacts/contacts.keys';
import { fetchContact } from '../../contacts/use-contact';
import { useOrganizations } from '../../contacts/use-organizations';
import { formErrors } from '../form-errors';
import { toContactInput, valuesFromContact, type ContactFormValues, type PreparedInput } from '../form-values';
import { useUpdateContact } from '../use-update-contact';
import { ConflictPanel } from './conflict-panel';
import { ContactForm } from './contact-form';
import { SaveError } from '../../../app/components/save-error';

export function EditContact({ initial }: { initial: ContactFieldsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const update = useUpdateContact();
  const organizations = useOrganizations();
  const [values, setValues] = useState(() => valuesFromContact(initial));
  // The version this edit is based on; only an explicit choice in the conflict panel moves it forward.
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const [sent, setSent] = useState<PreparedInput | null>(null);
  const [latest, setLatest] = useState<ContactFieldsFragment | null>(null);

  const save = (formValues: ContactFormValues, version: number) => {
    const prepared = toContactInput(formValues);
    setSent(prepared);
    update.mutate(
      { id: initial.id, input: { ...prepared.input, version } },
      {
        onSuccess: (c) => void navigate(`/contacts/${c.id}`, { replace: true }),
        onError: async (error) => {
          if (!isApiError(error, 'CONFLICT')) return;
          const current = await client.fetchQuery({
            queryKey: contactKeys.detail(initial.id),
            queryFn: () => fetchContact(initial.id),
            staleTime: 0,
          });
          setLatest(current);
        },
      },
    );
  };

  const mine = (): ContactFieldsFragment => {
    const input = toContactInput(values).input;
    const organization = organizations.data?.find((o) => o.id === input.organizationId) ?? null;
    return {
      ...(latest ?? initial),
      kind: input.kind,
      name: input.name,
      position: input.position ?? null,
      organizationId: input.organizationId == null ? null : String(input.organizationId),
      organization,
      region: input.region ?? null,
      category: input.category ?? null,
      phones: input.phones ?? [],
      emails: input.emails ?? [],
      languages: input.languages ?? [],
      hours: input.hours ?? null,
      notes: input.notes ?? null,
      version: baseVersion,
    };
  };

  const conflict = latest && isApiError(update.error, 'CONFLICT');

  return (
    <section>
      <h1>{t('contactForm.editTitle')}</h1>
      {conflict ? (
        <ConflictPanel
          mine={mine()}
          latest={latest}
          saving={update.isPending}
          onReload={() => {
            setValues(valuesFromContact(latest));
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
        <SaveError error={update.error} />
      )}
      <ContactForm
        values={values}
        errors={sent ? formErrors(update.error, sent) : {}}
        saving={update.isPending}
        onChange={setValues}
        onSubmit={() => save(values, baseVersion)}
        onCancel={() => void navigate(`/contacts/${initial.id}`)}
      />
    </section>
  );
}
