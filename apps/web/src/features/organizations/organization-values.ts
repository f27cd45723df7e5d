import type { OrganizationType } from '@portal/domain';
import { fieldErrorKeys, isApiError } from '../../app/api-error';
import type { OrganizationFieldsFragment, OrganizationInput } from '../../gql/graphql';
import type { FieldErrors } from '../../app/components/field-message';

/** What the form edits: '' stands for "nothing" here and becomes null (or a missing type) in the API input. */
export interface OrganizationFormValues {
  name: string;
  shortName: string;
  type: OrganizationType | '';
  website: string;
}

export const emptyOrganizationValues = (): OrganizationFormValues => ({
  name: '',
  shortName: '',
  type: '',
  website: '',
});

export const valuesFromOrganization = (o: OrganizationFieldsFragment): OrganizationFormValues => ({
  name: o.name,
  shortName: o.shortName ?? '',
  type: o.type,
  website: o.website ?? '',
});

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The input to send, or the field errors found before sending (the type is required and has no API default). */
export function toOrganizationInput(
  values: OrganizationFormValues,
): { input: OrganizationInput; errors?: never } | { input?: never; errors: FieldErrors } {
  if (values.type === '') return { errors: { type: { key: 'validation.required', message: 'Required' } } };
  return {
    input: {
      name: values.name.trim(),
      shortName: orNull(values.shortName),
      type: values.type,
      website: orNull(values.website),
    },
  };
}

/** True for the stale-version conflict; a taken name is a CONFLICT too, but it names a field instead. */
export const isVersionConflict = (error: unknown): boolean =>
  isApiError(error, 'CONFLICT') && typeof error.details.field !== 'string';

/** Field errors of a save: validation by reason, and a name already taken by another organization. */
export function organizationErrors(error: unknown): FieldErrors {
  const out: FieldErrors = { ...fieldErrorKeys(error) };
  if (isApiError(error, 'CONFLICT') && error.details.field === 'input.name') {
    out.name = { key: 'organizations.nameTaken', message: error.message };
  }
  return out;
}
