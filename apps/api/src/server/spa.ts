import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';

/** Encodings the web build writes beside its text assets (`app.js.br`, `app.js.gz`), in order of preference. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

type Encoding = (typeof ENCODINGS)[number]['name'];

/** Paths (relative to the build, with a leading slash) that have pre-compressed variants, and which ones. */
function findPrecompressed(root: string): Map<string, Set<Encoding>> {
  const found = new Map<string, Set<Encoding>>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        walk(file);
        continue;
      }
      for (const { name: encoding, suffix } of ENCODINGS) {
        if (!name.endsWith(suffix)) continue;
        const original = file.slice(0, -suffix.length);
        if (!existsSync(original)) continue;
        const key = '/' + path.relative(root, original).split(path.sep).join('/');
        found.set(key, (found.get(key) ?? new Set()).add(encoding));
      }
    }
  };
  walk(root);
  return found;
}

/**
 * Serves the built web app; unknown paths outside /graphql and /api get index.html for client-side routing.
 * Text files go out pre-compressed (Brotli, else gzip) when the browser accepts it; hashed files under /assets
 * are cached for a year as immutable, everything else is revalidated.
 */
export function serveSpa(app: Express, webDist: string): void {
  const root = path.resolve(webDist);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return;
  const variants = findPrecompressed(root);

  const send = (req: Request, res: Response, relative: string, immutable: boolean, fallback: () => void) => {
    const available = variants.get(relative);
    if (!available) return fallback();
    res.vary('Accept-Encoding');
    // Our order, not the header's: browsers list gzip first, yet Brotli files are ~13% smaller.
    const encoding = ENCODINGS.find((e) => available.has(e.name) && req.acceptsEncodings(e.name) === e.name);
    if (!encoding) return fallback();
    res.type(path.extname(relative));
    res.setHeader('Content-Encoding', encoding.name);
    const options = immutable ? { maxAge: '1y', immutable: true } : { cacheControl: false };
    if (!immutable) res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(root, relative + encoding.suffix), { ...options, dotfiles: 'deny' });
  };

  const assets = express.static(path.join(root, 'assets'), { immutable: true, maxAge: '1y', index: false });
  app.use('/assets', (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // A missing hashed file (an old chunk after a deploy) is a 404, not index.html: the app then offers a reload.
    send(req, res, '/assets' + req.path, true, () => void assets(req, res, () => res.status(404).end()));
  });
  const files = express.static(root, { index: false, maxAge: 0 });
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/index.html') return next();
    send(req, res, req.path, false, () => void files(req, res, next));
  });
  app.use((req, res, next) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/api/')) return next();
    send(req, res, '/index.html', false, () => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
}
