import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { fieldError, forbidden, notFound } from '../../common/app-error.js';
import type { CommentInput, EditCommentInput } from './dto/comment.input.js';
import { MaterialCommentEntity } from './material-comment.entity.js';
import { MaterialsService } from './materials.service.js';

/** Threaded discussion next to a material; comments never touch the material's text. */
@Injectable()
export class MaterialCommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly materials: MaterialsService,
    private readonly audit: AuditService,
  ) {}

  private get comments() {
    return this.dataSource.getRepository(MaterialCommentEntity);
  }

  async list(actor: Actor, materialId: string) {
    if (!actor.ability.can('read', 'Comment')) throw forbidden();
    await this.materials.load(actor, materialId);
    const rows = await this.comments.find({
      where: { materialId },
      relations: { author: true, resolver: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((c) => this.toModel(c));
  }

  async add(actor: Actor, materialId: string, input: CommentInput) {
    if (!actor.ability.can('create', 'Comment')) throw forbidden();
    await this.materials.load(actor, materialId);
    if (input.parentId && !(await this.comments.existsBy({ id: input.parentId, materialId }))) {
      throw fieldError('input.parentId', 'notFound', 'the comment replied to does not exist');
    }
    const saved = await this.dataSource.transaction(async (tx) => {
      const comment = await tx.save(
        tx.create(MaterialCommentEntity, {
          materialId,
          parentId: input.parentId ?? null,
          anchor: input.anchor ?? null,
          body: input.body.trim(),
          authorId: actor.user.id,
        }),
      );
      await this.audit.record(tx, this.entry(actor, 'comment.add', comment));
      return comment;
    });
    return this.get(saved.id);
  }

  async edit(actor: Actor, id: string, input: EditCommentInput) {
    const comment = await this.loadVisible(actor, id);
    if (!actor.ability.can('update', subject('Comment', { authorId: comment.authorId }))) throw forbidden();
    await this.dataSource.transaction(async (tx) => {
      await tx.update(MaterialCommentEntity, { id }, { body: input.body.trim(), editedAt: new Date() });
      await this.audit.record(tx, this.entry(actor, 'comment.edit', comment));
    });
    return this.get(id);
  }

  async resolve(actor: Actor, id: string, resolved: boolean) {
    const comment = await this.loadVisible(actor, id);
    if (!actor.ability.can('resolve', subject('Comment', { authorId: comment.authorId }))) throw forbidden();
    await this.dataSource.transaction(async (tx) => {
      await tx.update(
        MaterialCommentEntity,
        { id },
        resolved ? { resolvedAt: new Date(), resolvedBy: actor.user.id } : { resolvedAt: null, resolvedBy: null },
      );
      await this.audit.record(tx, this.entry(actor, resolved ? 'comment.resolve' : 'comment.reopen', comment));
    });
    return this.get(id);
  }

  /** Which comment on which material; never its text. */
  private entry(actor: Actor, action: string, comment: MaterialCommentEntity) {
    const summary = { materialId: comment.materialId };
    return { actor: actor.user, action, subjectType: 'Comment', subjectId: comment.id, summary };
  }

  private async loadVisible(actor: Actor, id: string) {
    if (!actor.ability.can('read', 'Comment')) throw forbidden();
    const comment = await this.comments.findOneBy({ id });
    if (!comment) throw notFound('Comment');
    await this.materials.load(actor, comment.materialId);
    return comment;
  }

  private async get(id: string) {
    const comment = await this.comments.findOneOrFail({ where: { id }, relations: { author: true, resolver: true } });
    return this.toModel(comment);
  }

  private toModel(c: MaterialCommentEntity) {
    return { ...c, authorName: c.author?.displayName ?? '', resolvedByName: c.resolver?.displayName ?? null };
  }
}
