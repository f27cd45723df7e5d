import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { AppError, fieldError, forbidden } from '../../common/app-error.js';
import { offThread, RenderLimitError } from './export/render-pool.js';
import { MAX_PARAGRAPH_EDITS } from './export/revision-diff.js';
import { seesWork } from '../../content/visibility.js';
import { ContentRevisionEntity } from '../../content/content-revision.entity.js';
import { MaterialsService } from './materials.service.js';

/** How long a diff may compute (in a worker thread) before it is refused as too large. */
export const DIFF_TIMEOUT_MS = 10_000;

/**
 * Every revision is kept; any two can be compared word by word (jsdiff, in a worker thread, bounded). Drafts are for
 * members, not readers.
 */
@Injectable()
export class MaterialRevisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly materials: MaterialsService,
  ) {}

  async list(actor: Actor, materialId: string) {
    await this.authorize(actor, materialId);
    const rows = await this.dataSource
      .getRepository(ContentRevisionEntity)
      .find({ where: { itemId: materialId }, relations: { author: true }, order: { number: 'ASC' } });
    return rows.map((r) => ({ ...r, body: JSON.stringify(r.body), authorName: r.author?.displayName ?? '' }));
  }

  async diff(actor: Actor, materialId: string, fromNumber: number, toNumber: number) {
    await this.authorize(actor, materialId);
    const repo = this.dataSource.getRepository(ContentRevisionEntity);
    const [from, to] = await Promise.all([
      repo.findOneBy({ itemId: materialId, number: fromNumber }),
      repo.findOneBy({ itemId: materialId, number: toNumber }),
    ]);
    if (!from) throw fieldError('fromNumber', 'notFound', `there is no revision ${fromNumber}`);
    if (!to) throw fieldError('toNumber', 'notFound', `there is no revision ${toNumber}`);
    try {
      return await offThread(
        {
          kind: 'diff',
          title: [from.title, to.title],
          body: [from.bodyText, to.bodyText],
          deadline: Date.now() + DIFF_TIMEOUT_MS,
        },
        DIFF_TIMEOUT_MS + 2_000,
      );
    } catch (error) {
      if (!(error instanceof RenderLimitError)) throw error;
      throw new AppError('DIFF_TOO_LARGE', 'The revisions differ too much to compare word by word', {
        maxParagraphEdits: MAX_PARAGRAPH_EDITS,
      });
    }
  }

  private async authorize(actor: Actor, materialId: string) {
    await this.materials.load(actor, materialId);
    if (!seesWork(actor)) throw forbidden();
  }
}
