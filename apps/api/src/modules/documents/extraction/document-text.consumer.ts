import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BlobStore } from '../../../files/blob-store.js';
import type { DomainEventEntity } from '../../../jobs/domain-event.entity.js';
import type { EventConsumer } from '../../../jobs/event-consumer.js';
import { DocumentPageEntity } from '../document-page.entity.js';
import { DocumentVersionEntity } from '../document-version.entity.js';
import { extractOffThread, ExtractionTimeout } from './extract-pool.js';

/** Files larger than this are stored and downloadable but not read for search. */
export const MAX_EXTRACT_BYTES = 64 * 1024 * 1024;
const EXTRACT_TIMEOUT_MS = 120_000;

/**
 * Reads the text of a new document version for search (`document.version-added`), off the event loop and bounded
 * in size and time. Pages and the version's status are written in the delivery's transaction, so a retry after a
 * crash writes them once.
 */
@Injectable()
export class DocumentTextConsumer implements EventConsumer {
  readonly name = 'document-text';
  readonly events = ['document.version-added'] as const;
  private readonly logger = new Logger('DocumentText');

  constructor(private readonly blobs: BlobStore) {}

  async handle(event: DomainEventEntity, tx: EntityManager): Promise<void> {
    // Locked, so an admin purging the document waits for the pages instead of removing the version under them.
    const version = await tx.findOne(DocumentVersionEntity, {
      where: { id: String(event.payload.versionId) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!version || version.extraction !== 'pending') return;
    if (version.size > MAX_EXTRACT_BYTES) {
      await tx.update(DocumentVersionEntity, { id: version.id }, { extraction: 'too_large' });
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of await this.blobs.open(version.sha256)) chunks.push(chunk as Buffer);
    const bytes = new Uint8Array(Buffer.concat(chunks));
    let result;
    try {
      result = await extractOffThread({ bytes, mediaType: version.mediaType, as: 'text' as const }, EXTRACT_TIMEOUT_MS);
    } catch (error) {
      // A file the readers choke on stays a file: it is downloadable, just not searchable. Retrying will not help.
      this.logger.warn(`Version ${version.id}: ${String(error)}`);
      const status = error instanceof ExtractionTimeout ? 'too_large' : 'failed';
      await tx.update(DocumentVersionEntity, { id: version.id }, { extraction: status });
      return;
    }
    if (result.pages.length) {
      await tx.insert(
        DocumentPageEntity,
        result.pages.map((text, index) => ({ versionId: version.id, page: index + 1, text })),
      );
    }
    await tx.update(
      DocumentVersionEntity,
      { id: version.id },
      { extraction: result.status, pageCount: result.pageCount },
    );
  }
}
