import type { CookieOptions, Response } from 'express';
import type { AppConfig } from '../config/env.js';
import type { PortalRequest } from './actor.js';

/** `__Host-` pins the cookie to this origin and path `/`, and requires Secure. */
const cookieName = (config: AppConfig) => (config.cookieSecure ? '__Host-portal_session' : 'portal_session');

const options = (config: AppConfig): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure: config.cookieSecure,
  path: '/',
});

export function readSessionCookie(req: PortalRequest, config: AppConfig): string | null {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[cookieName(config)];
  return typeof value === 'string' ? value : null;
}

export function setSessionCookie(res: Response, config: AppConfig, token: string): void {
  res.cookie(cookieName(config), token, options(config));
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(cookieName(config), options(config));
}
