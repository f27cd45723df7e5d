import { subject } from '@casl/ability';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { EventsService } from '../jobs/events.service.js';
import type { Actor } from '../auth/actor.js';
import { fieldError, forbidden, notFound } from '../common/app-error.js';
import { ContentCommentEntity } from './content-comment.entity.js';
import { ContentItemEntity } from './content-item.entity.js';
import { touchItem } from './content-items.js';
import { CONTENT_READERS, type ContentReaders } from './content-readers.js';

export interface NewComment {
  parentId?: string | null;
  anchor?: string | null;
  body: string;
}

/**
 * Threaded, anchored, resolvable discussion on any content item; comments never touch the item's text. Whoever may
 * read the item (its type's reader decides) and may comment sees and adds comments.
 */
@Injectable()
export class ContentCommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONTENT_READERS) private readonly readers: ContentReaders,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  private get comments() {
    return this.dataSource.getRepository(ContentCommentEntity);
  }

  async list(actor: Actor, itemId: string) {
    if (!actor.ability.can('read', 'Comment')) throw forbidden();
    await this.assertReadable(actor, itemId);
    const rows = await this.comments.find({
      where: { itemId },
      relations: { author: true, resolver: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((c) => this.toModel(c));
  }

  async add(actor: Actor, itemId: string, input: NewComment) {
    if (!actor.ability.can('create', 'Comment')) throw forbidden();
    await this.assertReadable(actor, itemId);
    if (input.parentId && !(await this.comments.existsBy({ id: input.parentId, itemId }))) {
      throw fieldError('input.parentId', 'notFound', 'the comment replied to does not exist');
    }
    const saved = await this.dataSource.transaction(async (tx) => {
      await touchItem(tx, itemId);
      const comment = await tx.save(
        tx.create(ContentCommentEntity, {
          itemId,
          parentId: input.parentId ?? null,
          anchor: input.anchor ?? null,
          body: input.body.trim(),
          authorId: actor.user.id,
        }),
      );
      await this.audit.record(tx, this.entry(actor, 'comment.add', comment));
      await this.events.record(tx, {
        type: 'comment.added',
        subjectType: 'Comment',
        subjectId: comment.id,
        actorId: actor.user.id,
        payload: { itemId, commentId: comment.id, parentId: comment.parentId },
      });
      return comment;
    });
    return this.get(saved.id);
  }

  async edit(actor: Actor, id: string, input: { body: string }) {
    const comment = await this.loadVisible(actor, id);
    if (!actor.ability.can('update', subject('Comment', { authorId: comment.authorId }))) throw forbidden();
    await this.dataSource.transaction(async (tx) => {
      await touchItem(tx, comment.itemId);
      await tx.update(ContentCommentEntity, { id }, { body: input.body.trim(), editedAt: new Date() });
      await this.audit.record(tx, this.entry(actor, 'comment.edit', comment));
    });
    return this.get(id);
  }

  async resolve(actor: Actor, id: string, resolved: boolean) {
    const comment = await this.loadVisible(actor, id);
    if (!actor.ability.can('resolve', subject('Comment', { authorId: comment.authorId }))) throw forbidden();
    await this.dataSource.transaction(async (tx) => {
      await touchItem(tx, comment.itemId);
      await tx.update(
        ContentCommentEntity,
        { id },
        resolved ? { resolvedAt: new Date(), resolvedBy: actor.user.id } : { resolvedAt: null, resolvedBy: null },
      );
      await this.audit.record(tx, this.entry(actor, resolved ? 'comment.resolve' : 'comment.reopen', comment));
    });
    return this.get(id);
  }

  /** Which comment on which item; never its text. */
  private entry(actor: Actor, action: string, comment: ContentCommentEntity) {
    const summary = { itemId: comment.itemId };
    return { actor: actor.user, action, subjectType: 'Comment', subjectId: comment.id, summary };
  }

  /** The item's type decides who may read it; an item of a type nobody registered is hidden. */
  private async assertReadable(actor: Actor, itemId: string) {
    const item = await this.dataSource.getRepository(ContentItemEntity).findOneBy({ id: itemId });
    const reader = item && this.readers[item.type];
    if (!reader) throw notFound('Content item');
    await reader(actor, itemId);
  }

  private async loadVisible(actor: Actor, id: string) {
    if (!actor.ability.can('read', 'Comment')) throw forbidden();
    const comment = await this.comments.findOneBy({ id });
    if (!comment) throw notFound('Comment');
    await this.assertReadable(actor, comment.itemId);
    return comment;
  }

  private async get(id: string) {
    const comment = await this.comments.findOneOrFail({ where: { id }, relations: { author: true, resolver: true } });
    return this.toModel(comment);
  }

  private toModel(c: ContentCommentEntity) {
    return {
      ...c,
      authorName: c.author?.displayName ?? '',
      resolvedByName: c.resolver?.displayName ?? null,
    };
  }
}
