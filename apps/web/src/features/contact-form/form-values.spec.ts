import { ApiError } from '../../app/api-error';
import { formErrors } from './form-errors';
import { emptyValues, formFieldOf, toContactInput } from './form-values';

describe('contact form values', () => {
  it('sends blanks as null and skips blank phone/e-mail rows, remembering where each came from', () => {
    const prepared = toContactInput({
      ...emptyValues(),
      name: '  Айгуль  ',
      phones: ['', '+996 555 123 456', ' ', '12'],
      emails: ['a@b.kg'],
      hours: 'ignored for persons',
    });
    expect(prepared.input).toMatchObject({
      name: 'Айгуль',
      position: null,
      organizationId: null,
      region: null,
      category: null,
      phones: ['+996 555 123 456', '12'],
      emails: ['a@b.kg'],
      hours: null,
    });
    expect(prepared.phoneRows).toEqual([1, 3]);
  });

  it('points an API error on the second sent phone at the form row holding it', () => {
    const rows = { phoneRows: [1, 3], emailRows: [0] };
    expect(formFieldOf('phones.1', rows)).toBe('phones.3');
    expect(formFieldOf('emails.0', rows)).toBe('emails.0');
    expect(formFieldOf('phones', rows)).toBe('phones');
    expect(formFieldOf('category', rows)).toBe('category');
  });

  it('collects translated field errors by form field', () => {
    const error = new ApiError('BAD_USER_INPUT', 'bad', [{ field: 'input.phones.0', reason: 'phone', message: 'x' }]);
    expect(formErrors(error, { phoneRows: [2], emailRows: [] })).toEqual({
      'phones.2': { key: 'validation.phone', message: 'x' },
    });
  });
});
