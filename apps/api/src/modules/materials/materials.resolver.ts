import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { IdArg } from '../../graphql/id-arg.js';
import {
  CreateMaterialInput,
  CreateTranslationInput,
  MaterialDetailsInput,
  MaterialsArgs,
  RescheduleMaterialInput,
  SaveMaterialInput,
  TransitionMaterialInput,
  WithdrawMaterialInput,
} from './dto/material.input.js';
import { MaterialKindInput } from './dto/material-kind.input.js';
import { MaterialExtrasService } from './material-extras.service.js';
import type { MaterialView } from './material-mapper.js';
import { MaterialRevisionsService } from './material-revisions.service.js';
import { seesWork } from '../../content/visibility.js';
import { MaterialWorkflowService } from './material-workflow.service.js';
import {
  ApprovalModel,
  MaterialDetailChangeModel,
  MaterialDiffModel,
  MaterialKindModel,
  MaterialModel,
  MaterialPageModel,
  MaterialRefModel,
  MaterialRevisionSummaryModel,
  MaterialTransitionModel,
  MaterialTranslationModel,
} from './material.model.js';
import { MaterialsService } from './materials.service.js';

@Resolver(() => MaterialModel)
export class MaterialsResolver {
  constructor(
    private readonly service: MaterialsService,
    private readonly workflow: MaterialWorkflowService,
    private readonly revisions: MaterialRevisionsService,
    private readonly extras: MaterialExtrasService,
  ) {}

  @Query(() => [MaterialKindModel])
  @Allow('read', 'MaterialKind')
  async materialKinds() {
    const kinds = await this.service.kinds();
    return kinds.map((k) => ({ ...k, nameRu: k.names.ru, nameKy: k.names.ky, nameEn: k.names.en }));
  }

  @Mutation(() => MaterialKindModel, { description: 'Adds a kind of material, or updates the one with this code.' })
  @Allow('manage', 'MaterialKind')
  async saveMaterialKind(@CurrentActor() actor: Actor, @Args('input') input: MaterialKindInput) {
    const k = await this.service.saveKind(actor, input);
    return { ...k, nameRu: k.names.ru, nameKy: k.names.ky, nameEn: k.names.en };
  }

  @Query(() => MaterialPageModel)
  @Allow('read', 'Material')
  materials(@CurrentActor() actor: Actor, @Args() args: MaterialsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => MaterialModel)
  @Allow('read', 'Material')
  material(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => [MaterialTransitionModel], {
    description: 'Every workflow step of a material, oldest first (not for readers).',
  })
  @Allow('read', 'Material')
  materialHistory(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.workflow.history(actor, id);
  }

  @Query(() => [MaterialDetailChangeModel], {
    description: 'Every change of embargo or validity, oldest first (not for readers).',
  })
  @Allow('read', 'Material')
  materialDetailChanges(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.workflow.detailChanges(actor, id);
  }

  @Query(() => [MaterialRevisionSummaryModel], { description: 'Every revision, oldest first (not for readers).' })
  @Allow('read', 'Material')
  materialRevisions(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.revisions.list(actor, id);
  }

  @Query(() => MaterialDiffModel, { description: 'Word-level differences between two revisions (not for readers).' })
  @Allow('read', 'Material')
  materialDiff(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('fromNumber', { type: () => Int }) fromNumber: number,
    @Args('toNumber', { type: () => Int }) toNumber: number,
  ) {
    return this.revisions.diff(actor, id, fromNumber, toNumber);
  }

  @Mutation(() => MaterialModel)
  @Allow('create', 'Material')
  createMaterial(@CurrentActor() actor: Actor, @Args('input') input: CreateMaterialInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => MaterialModel, { description: 'A translation of a source material, approved on its own.' })
  @Allow('create', 'Material')
  createTranslation(
    @CurrentActor() actor: Actor,
    @IdArg('sourceId') sourceId: string,
    @Args('input') input: CreateTranslationInput,
  ) {
    return this.service.createTranslation(actor, sourceId, input);
  }

  @Mutation(() => MaterialModel, { description: 'Campaign, audiences, channels, validity and embargo of a material.' })
  @Allow('update', 'Material')
  updateMaterialDetails(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: MaterialDetailsInput) {
    return this.service.updateDetails(actor, id, input);
  }

  @Mutation(() => MaterialModel, {
    description:
      'Sets or lifts the embargo, or changes the validity, of a material (approvers); recorded in its history.',
  })
  @Allow('reschedule', 'Material')
  rescheduleMaterial(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: RescheduleMaterialInput) {
    return this.service.reschedule(actor, id, input);
  }

  @Mutation(() => MaterialModel, { description: 'Saves a draft, or starts the next revision of an approved text.' })
  @Allow('update', 'Material')
  saveMaterial(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: SaveMaterialInput) {
    return this.service.save(actor, id, input);
  }

  @Mutation(() => MaterialModel)
  @Allow('read', 'Material')
  transitionMaterial(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: TransitionMaterialInput) {
    return this.workflow.transition(actor, id, input);
  }

  @Mutation(() => MaterialModel)
  @Allow('withdraw', 'Material')
  withdrawMaterial(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: WithdrawMaterialInput) {
    return this.workflow.withdraw(actor, id, input);
  }

  @Mutation(() => Boolean, { description: 'Records that the user has seen the library now.' })
  @SignedIn()
  markLibraryVisited(@CurrentActor() actor: Actor) {
    return this.extras.markVisited(actor);
  }

  @ResolveField(() => ApprovalModel, { nullable: true })
  @Allow('read', 'Material')
  approval(@Parent() m: MaterialView, @Context() { req }: GraphqlContext) {
    return this.extras.approval(req, req.actor!, m);
  }

  @ResolveField(() => MaterialRefModel, { nullable: true })
  @Allow('read', 'Material')
  source(@Parent() m: MaterialView, @Context() { req }: GraphqlContext) {
    return this.extras.ref(req, req.actor!, m.sourceId);
  }

  @ResolveField(() => MaterialRefModel, { nullable: true })
  @Allow('read', 'Material')
  supersededBy(@Parent() m: MaterialView, @Context() { req }: GraphqlContext) {
    return this.extras.ref(req, req.actor!, m.supersededById);
  }

  @ResolveField(() => Boolean, { description: 'A translation whose source has a newer published revision.' })
  @Allow('read', 'Material')
  outdated(@Parent() m: MaterialView, @Context() { req }: GraphqlContext) {
    return this.extras.outdated(req, req.actor!, m);
  }

  @ResolveField(() => Boolean, { description: 'Published or republished since the user last looked at the library.' })
  @Allow('read', 'Material')
  changedSinceLastVisit(@Parent() m: MaterialView, @Context() { req }: GraphqlContext) {
    return this.extras.changedSinceLastVisit(req, req.actor!, m);
  }

  @ResolveField(() => [MaterialTranslationModel])
  @Allow('read', 'Material')
  async translations(@Parent() m: MaterialView, @Context() { req }: GraphqlContext) {
    const actor = req.actor!;
    const work = seesWork(actor);
    const rows = await this.extras.translations(req, actor, m);
    return Promise.all(
      rows.map(async (t) => ({
        id: t.id,
        language: t.language,
        title: (work ? t.workingRevision : t.publishedRevision)!.title,
        state: work ? t.workingRevision!.state : null,
        outdated: await this.extras.outdated(req, actor, { ...t, sourceId: m.id }),
      })),
    );
  }
}
