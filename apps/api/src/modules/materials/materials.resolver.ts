import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { IdArg } from '../../graphql/id-arg.js';
import {
  CreateMaterialInput,
  MaterialsArgs,
  SaveMaterialInput,
  TransitionMaterialInput,
} from './dto/material.input.js';
import { MaterialKindModel, MaterialModel, MaterialPageModel, MaterialTransitionModel } from './material.model.js';
import { MaterialsService } from './materials.service.js';

@Resolver(() => MaterialModel)
export class MaterialsResolver {
  constructor(private readonly service: MaterialsService) {}

  @Query(() => [MaterialKindModel])
  @Allow('read', 'MaterialKind')
  async materialKinds() {
    const kinds = await this.service.kinds();
    return kinds.map((k) => ({ ...k, nameRu: k.names.ru, nameKy: k.names.ky, nameEn: k.names.en }));
  }

  @Query(() => MaterialPageModel, {
    complexity: ({ args, childComplexity }) => 1 + (args.limit ?? 25) * childComplexity,
  })
  @Allow('read', 'Material')
  materials(@CurrentActor() actor: Actor, @Args() args: MaterialsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => MaterialModel)
  @Allow('read', 'Material')
  material(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => [MaterialTransitionModel], { description: 'Every workflow step of a material, oldest first.' })
  @Allow('read', 'Material')
  materialHistory(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.history(actor, id);
  }

  @Mutation(() => MaterialModel)
  @Allow('create', 'Material')
  createMaterial(@CurrentActor() actor: Actor, @Args('input') input: CreateMaterialInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => MaterialModel, { description: 'Saves a draft, or starts the next revision of an approved text.' })
  @Allow('update', 'Material')
  saveMaterial(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: SaveMaterialInput) {
    return this.service.save(actor, id, input);
  }

  @Mutation(() => MaterialModel)
  @Allow('read', 'Material')
  transitionMaterial(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: TransitionMaterialInput) {
    return this.service.transition(actor, id, input);
  }
}
