import type { Request, Response } from 'express';

/**
 * 429 with `Retry-After`; on `/graphql` a GraphQL response the web app reads like any other error, elsewhere
 * the JSON shape of the REST error filter.
 */
export function sendRateLimited(req: Request, res: Response, retryAfterSeconds: number): void {
  const message = `Too many requests; try again in ${retryAfterSeconds} seconds`;
  res.status(429).set('Retry-After', String(retryAfterSeconds));
  if (req.baseUrl === '/graphql') {
    res.json({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }] });
  } else {
    res.json({ code: 'RATE_LIMITED', message, retryAfterSeconds });
  }
}
