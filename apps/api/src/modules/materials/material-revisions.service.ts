import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { diffWords } from 'diff';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { fieldError, forbidden } from '../../common/app-error.js';
import { seesWork } from './material-subject.js';
import { MaterialRevisionEntity } from './material-revision.entity.js';
import { MaterialsService } from './materials.service.js';

/** jsdiff's default tokenizer splits Cyrillic words apart; the ICU word segmenter knows every script. */
const words = { intlSegmenter: new Intl.Segmenter('ru', { granularity: 'word' }) };

/** Every revision is kept; any two can be compared word by word (jsdiff). Drafts are for members, not readers. */
@Injectable()
export class MaterialRevisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly materials: MaterialsService,
  ) {}

  async list(actor: Actor, materialId: string) {
    await this.authorize(actor, materialId);
    const rows = await this.dataSource
      .getRepository(MaterialRevisionEntity)
      .find({ where: { materialId }, relations: { author: true }, order: { number: 'ASC' } });
    return rows.map((r) => ({ ...r, body: JSON.stringify(r.body), authorName: r.author?.displayName ?? '' }));
  }

  async diff(actor: Actor, materialId: string, fromNumber: number, toNumber: number) {
    await this.authorize(actor, materialId);
    const repo = this.dataSource.getRepository(MaterialRevisionEntity);
    const [from, to] = await Promise.all([
      repo.findOneBy({ materialId, number: fromNumber }),
      repo.findOneBy({ materialId, number: toNumber }),
    ]);
    if (!from) throw fieldError('fromNumber', 'notFound', `there is no revision ${fromNumber}`);
    if (!to) throw fieldError('toNumber', 'notFound', `there is no revision ${toNumber}`);
    return { title: diffWords(from.title, to.title, words), body: diffWords(from.bodyText, to.bodyText, words) };
  }

  private async authorize(actor: Actor, materialId: string) {
    await this.materials.load(actor, materialId);
    if (!seesWork(actor)) throw forbidden();
  }
}
