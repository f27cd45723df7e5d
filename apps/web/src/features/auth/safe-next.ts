/** Without a `next`, `/` sends each role to its own start page. */
const DEFAULT_LANDING = '/';
/** A base no real page has: only what resolves against it to the same origin is one of our paths. */
const BASE = 'https://portal.invalid';

/**
 * Only same-origin app paths: an open redirect through ?next= would let a link send users anywhere after sign-in.
 * Browsers read `\` as `/`, so `/\evil.example` is another site; URL parsing decides, not string prefixes.
 */
export function safeNext(next: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex
  if (!next || !next.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(next)) return DEFAULT_LANDING;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return DEFAULT_LANDING;
  }
  if (url.origin !== BASE || url.pathname === '/sign-in' || url.pathname.startsWith('/sign-in/')) {
    return DEFAULT_LANDING;
  }
  return url.pathname + url.search + url.hash;
}
