import Bowser from 'bowser';

/** "Chrome 131 · Windows": what a person recognises of their own devices, read from the user agent by bowser. */
export function deviceOf(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os } = Bowser.parse(userAgent);
  const browserText = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ');
  const text = [browserText, os.name].filter(Boolean).join(' · ');
  return text || null;
}
