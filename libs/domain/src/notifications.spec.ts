import { defaultChannel, NOTIFICATION_KINDS } from './notifications.js';

describe('notification defaults', () => {
  it('gives readers a daily digest of new texts, and anyone who also works on texts the portal only', () => {
    expect(defaultChannel('library_update', ['reader'])).toBe('daily');
    expect(defaultChannel('library_update', ['member'])).toBe('in_app');
    expect(defaultChannel('library_update', ['reader', 'editor'])).toBe('in_app');
  });

  it('e-mails at once what waits for someone, and never turns a kind off by default', () => {
    expect(defaultChannel('review_requested', ['approver'])).toBe('email');
    expect(defaultChannel('changes_requested', ['editor'])).toBe('email');
    for (const kind of NOTIFICATION_KINDS) expect(defaultChannel(kind, ['member'])).not.toBe('off');
  });
});
