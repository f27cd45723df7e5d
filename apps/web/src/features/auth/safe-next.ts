/**
 * Only same-site paths: an open redirect through ?next= would let a link send users anywhere after sign-in.
 * Without one, `/` sends each role to its own start page.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}
