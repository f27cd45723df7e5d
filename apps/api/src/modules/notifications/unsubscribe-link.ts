import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NotificationKind } from '@portal/domain';

const sign = (secret: string, userId: string, kind: NotificationKind) =>
  createHmac('sha256', secret).update(`unsubscribe:${userId}:${kind}`).digest('base64url');

/** A one-click link that turns e-mail off for one kind; it names the person and kind and carries their HMAC. */
export function unsubscribeUrl(publicUrl: string, secret: string, userId: string, kind: NotificationKind): string {
  const query = new URLSearchParams({ u: userId, k: kind, s: sign(secret, userId, kind) });
  return `${publicUrl}/api/notifications/unsubscribe?${query}`;
}

export function isValidUnsubscribe(secret: string, userId: string, kind: NotificationKind, signature: string): boolean {
  const expected = Buffer.from(sign(secret, userId, kind));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
