import { fieldErrorKeys } from '../../app/api-error';
import type { FieldErrors } from '../../app/components/field-message';
import { formFieldOf, type PreparedInput } from './form-values';

/** Field errors of a save, keyed by the form field (and row) they belong to. */
export function formErrors(error: unknown, prepared: Pick<PreparedInput, 'phoneRows' | 'emailRows'>): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, value] of Object.entries(fieldErrorKeys(error))) {
    out[formFieldOf(path, prepared)] ??= value;
  }
  return out;
}
