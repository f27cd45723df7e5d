import { pipeline } from 'node:stream/promises';
import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { fieldError, notFound } from '../../common/app-error.js';
import { BlobStore } from '../../files/blob-store.js';
import { DocumentsService } from './documents.service.js';
import { extractOffThread } from './extraction/extract-pool.js';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => fieldError('id', 'isUuid', 'must be a valid id') });
const versionNumber = new ParseIntPipe({
  exceptionFactory: () => fieldError('n', 'isInt', 'must be a version number'),
});

/** Shown by the browser itself; SVG never (it can carry script), so it is not in this list. */
const INLINE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** A DOCX larger than this is offered for download only. */
const MAX_HTML_PREVIEW_BYTES = 20 * 1024 * 1024;
const HTML_TIMEOUT_MS = 30_000;
/** Inline content may run nothing and load nothing: a PDF viewer and images need no more. */
const INLINE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";

/**
 * Files of documents, only through the API and only after the same check as the document page: a document the
 * caller may not open is 404, as a missing one. Downloads are attachments; previews are inline for PDF and images
 * and sanitized HTML for DOCX, always under a CSP that runs nothing.
 */
@Controller('api/documents')
export class DocumentFilesController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly blobs: BlobStore,
  ) {}

  @Get(':id/versions/:n/download')
  @Allow('read', 'Document')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('n', versionNumber) n: number,
    @Res() res: Response,
  ) {
    const { version } = await this.documents.loadVersion(actor, id, n);
    const stream = await this.blobs.open(version.sha256);
    res.setHeader('Content-Type', version.mediaType);
    res.setHeader('Content-Length', String(version.size));
    res.setHeader('Content-Disposition', contentDisposition('attachment', version.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    await pipeline(stream, res);
  }

  @Get(':id/versions/:n/preview')
  @Allow('read', 'Document')
  async preview(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('n', versionNumber) n: number,
    @Res() res: Response,
  ) {
    const { version } = await this.documents.loadVersion(actor, id, n);
    const inline = INLINE_TYPES.has(version.mediaType);
    const html = version.mediaType === DOCX && version.size <= MAX_HTML_PREVIEW_BYTES;
    if (!inline && !html) throw notFound('Preview');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', INLINE_CSP);
    res.setHeader('Cache-Control', 'private, no-store');
    const stream = await this.blobs.open(version.sha256);
    if (inline) {
      res.setHeader('Content-Type', version.mediaType);
      res.setHeader('Content-Length', String(version.size));
      res.setHeader('Content-Disposition', contentDisposition('inline', version.fileName));
      await pipeline(stream, res);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const body = await extractOffThread(
      { bytes: new Uint8Array(Buffer.concat(chunks)), mediaType: version.mediaType, as: 'html' as const },
      HTML_TIMEOUT_MS,
    );
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.send(`<!doctype html><meta charset="utf-8"><body>${body}</body>`);
  }
}

/**
 * `Content-Disposition` with an ASCII fallback and the real (already sanitized) name in RFC 5987 form, so Cyrillic
 * names survive and no quote or control character can end the header value.
 */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
