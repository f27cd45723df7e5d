import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { IdArg } from '../../graphql/id-arg.js';
import { CommentInput, EditCommentInput } from './dto/comment.input.js';
import { ContentCommentsService } from '../../content/content-comments.service.js';
import { MaterialCommentModel } from './material.model.js';

/** Materials' discussion: the kernel's comments on a content item, under the names the web already uses. */
@Resolver(() => MaterialCommentModel)
export class MaterialCommentsResolver {
  constructor(private readonly service: ContentCommentsService) {}

  @Query(() => [MaterialCommentModel])
  @Allow('read', 'Comment')
  materialComments(@CurrentActor() actor: Actor, @IdArg('materialId') materialId: string) {
    return this.service.list(actor, materialId);
  }

  @Mutation(() => MaterialCommentModel)
  @Allow('create', 'Comment')
  addMaterialComment(
    @CurrentActor() actor: Actor,
    @IdArg('materialId') materialId: string,
    @Args('input') input: CommentInput,
  ) {
    return this.service.add(actor, materialId, input);
  }

  @Mutation(() => MaterialCommentModel, { description: 'Only the author edits a comment.' })
  @Allow('read', 'Comment')
  editMaterialComment(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: EditCommentInput) {
    return this.service.edit(actor, id, input);
  }

  @Mutation(() => MaterialCommentModel)
  @Allow('read', 'Comment')
  resolveMaterialComment(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('resolved') resolved: boolean) {
    return this.service.resolve(actor, id, resolved);
  }
}
