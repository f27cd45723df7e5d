import { ApiError } from '../../app/api-error';
import {
  emptyOrganizationValues,
  isVersionConflict,
  organizationErrors,
  toOrganizationInput,
  valuesFromOrganization,
} from './organization-values';

describe('organization form values', () => {
  it('trims the text and sends blanks as null', () => {
    const result = toOrganizationInput({ name: '  Минздрав ', shortName: ' ', type: 'ministry', website: '' });
    expect(result.input).toEqual({ name: 'Минздрав', shortName: null, type: 'ministry', website: null });
  });

  it('asks for a type before sending', () => {
    expect(toOrganizationInput(emptyOrganizationValues()).errors?.type?.key).toBe('validation.required');
  });

  it('round-trips a stored organization', () => {
    const values = valuesFromOrganization({
      __typename: 'Organization',
      id: '1',
      name: 'ЮНИСЕФ',
      shortName: null,
      type: 'international',
      website: 'https://unicef.org',
      version: 3,
    });
    expect(values).toEqual({ name: 'ЮНИСЕФ', shortName: '', type: 'international', website: 'https://unicef.org' });
  });
});

describe('organization save errors', () => {
  const taken = ApiError.fromGraphQL({ message: 'taken', extensions: { code: 'CONFLICT', field: 'input.name' } });
  const stale = ApiError.fromGraphQL({ message: 'stale', extensions: { code: 'CONFLICT', currentVersion: 4 } });
  const badUrl = ApiError.fromGraphQL({
    message: 'bad',
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.website', reason: 'isUrl', message: 'url' }] },
  });

  it('puts a taken name next to the name field, not in the conflict panel', () => {
    expect(organizationErrors(taken)).toEqual({ name: { key: 'organizations.nameTaken', message: 'taken' } });
    expect(isVersionConflict(taken)).toBe(false);
  });

  it('treats a stale version as a conflict with no field errors', () => {
    expect(organizationErrors(stale)).toEqual({});
    expect(isVersionConflict(stale)).toBe(true);
  });

  it('maps validation reasons to their fields', () => {
    expect(organizationErrors(badUrl)).toEqual({ website: { key: 'validation.isUrl', message: 'url' } });
  });
});
