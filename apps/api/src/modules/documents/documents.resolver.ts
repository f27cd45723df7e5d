import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { IdArg } from '../../graphql/id-arg.js';
import { DocumentSearchService } from './document-search.service.js';
import {
  DocumentCategoryModel,
  DocumentDiffModel,
  DocumentListModel,
  DocumentModel,
  DocumentVersionModel,
} from './document.model.js';
import { DocumentsService } from './documents.service.js';
import {
  AddDocumentVersionInput,
  CreateDocumentInput,
  DocumentCategoryInput,
  DocumentsArgs,
  UpdateDocumentInput,
} from './dto/document.input.js';

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(
    private readonly service: DocumentsService,
    private readonly search: DocumentSearchService,
  ) {}

  @Query(() => [DocumentCategoryModel])
  @Allow('read', 'DocumentCategory')
  documentCategories() {
    return this.service.categories();
  }

  @Mutation(() => DocumentCategoryModel, {
    description: 'Adds a category of documents, or renames the one with this code.',
  })
  @Allow('manage', 'DocumentCategory')
  saveDocumentCategory(@CurrentActor() actor: Actor, @Args('input') input: DocumentCategoryInput) {
    return this.service.saveCategory(actor, input);
  }

  @Query(() => DocumentListModel, {
    description: 'Documents the caller may open; `filter.search` searches inside files.',
  })
  @Allow('read', 'Document')
  documents(@CurrentActor() actor: Actor, @Args() args: DocumentsArgs) {
    return this.search.list(actor, args);
  }

  @Query(() => DocumentModel)
  @Allow('read', 'Document')
  document(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => DocumentDiffModel, { description: 'Word differences between the extracted texts of two versions.' })
  @Allow('read', 'Document')
  documentDiff(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('fromNumber', { type: () => Int }) fromNumber: number,
    @Args('toNumber', { type: () => Int }) toNumber: number,
  ) {
    return this.service.diff(actor, id, fromNumber, toNumber);
  }

  @Query(() => [DocumentModel], { description: 'Documents linked to a material (its page lists them).' })
  @Allow('read', 'Document')
  materialDocuments(@CurrentActor() actor: Actor, @IdArg('materialId') materialId: string) {
    return this.service.forMaterial(actor, materialId);
  }

  @Mutation(() => DocumentModel, { description: "Files a document; the caller's complete upload becomes version 1." })
  @Allow('create', 'Document')
  createDocument(@CurrentActor() actor: Actor, @Args('input') input: CreateDocumentInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => DocumentModel)
  @Allow('update', 'Document')
  updateDocument(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: UpdateDocumentInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => DocumentVersionModel, { description: 'A new version, which becomes the current one.' })
  @Allow('update', 'Document')
  addDocumentVersion(@CurrentActor() actor: Actor, @Args('input') input: AddDocumentVersionInput) {
    return this.service.addVersion(actor, input);
  }

  @Mutation(() => DocumentModel, { description: 'Archives (or, with archived: false, restores) a document.' })
  @Allow('archive', 'Document')
  archiveDocument(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('archived', { defaultValue: true }) archived: boolean,
  ) {
    return this.service.setArchived(actor, id, archived);
  }

  @Mutation(() => Boolean, { description: 'Admins: removes an archived document and every file nothing else uses.' })
  @Allow('manage', 'Document')
  purgeDocument(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.purge(actor, id);
  }

  @Mutation(() => DocumentModel, { description: 'Links a document to a material, or unlinks it (linked: false).' })
  @Allow('update', 'Document')
  linkDocumentToMaterial(
    @CurrentActor() actor: Actor,
    @IdArg('documentId') documentId: string,
    @IdArg('materialId') materialId: string,
    @Args('linked', { defaultValue: true }) linked: boolean,
  ) {
    return this.service.setMaterialLink(actor, documentId, materialId, linked);
  }
}
