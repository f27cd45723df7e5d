import { formatPhone } from './phone-format';

describe('formatPhone', () => {
  it('shows short hotline numbers as they are', () => {
    expect(formatPhone('189')).toEqual({ text: '189', href: 'tel:189' });
  });

  it('formats E.164 numbers internationally with a tel: URI', () => {
    expect(formatPhone('+996312621101')).toEqual({ text: '+996 312 621 101', href: 'tel:+996312621101' });
  });

  it('parses national Kyrgyz numbers', () => {
    expect(formatPhone('0555 123 456').href).toBe('tel:+996555123456');
  });

  it('keeps unparseable text visible', () => {
    expect(formatPhone('ext. 12').text).toBe('ext. 12');
  });
});
