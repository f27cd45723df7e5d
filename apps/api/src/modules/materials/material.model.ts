import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { REVISION_STATES, TRANSITIONS, type Language, type RevisionState, type Transition } from '@portal/domain';
import { asEnum, LanguageEnum } from '../../graphql/enums.js';

export const RevisionStateEnum = asEnum(REVISION_STATES);
export const TransitionEnum = asEnum(TRANSITIONS);
registerEnumType(RevisionStateEnum, { name: 'RevisionState' });
registerEnumType(TransitionEnum, { name: 'Transition' });

@ObjectType('MaterialKind')
export class MaterialKindModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  structure: string;

  @Field({ description: 'Russian name.' })
  nameRu: string;

  @Field()
  nameKy: string;

  @Field()
  nameEn: string;

  @Field(() => Int, { description: 'Position in lists, lowest first.' })
  sortOrder: number;
}

@ObjectType('MaterialRevision')
export class MaterialRevisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field({ description: 'The editor document as JSON.' })
  body: string;

  @Field()
  bodyText: string;

  @Field(() => RevisionStateEnum)
  state: RevisionState;

  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @Field(() => [ID], { description: 'Everyone who saved this text; none of them may endorse it.' })
  contributorIds: string[];

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('MaterialTransition')
export class MaterialTransitionModel {
  @Field(() => ID)
  id: string;

  @Field(() => TransitionEnum)
  transition: Transition;

  @Field(() => RevisionStateEnum)
  fromState: RevisionState;

  @Field(() => RevisionStateEnum)
  toState: RevisionState;

  @Field(() => Int)
  revisionNumber: number;

  @Field()
  actorName: string;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('MaterialDetailChange', { description: 'A change of embargo or validity: who, when, from what to what.' })
export class MaterialDetailChangeModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'embargoUntil or validUntil.' })
  field: string;

  @Field(() => String, { nullable: true })
  oldValue: string | null;

  @Field(() => String, { nullable: true })
  newValue: string | null;

  @Field()
  actorName: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('SnippetPart')
export class SnippetPartModel {
  @Field()
  text: string;

  @Field({ description: 'True for words that matched the search.' })
  match: boolean;
}

@ObjectType('Approval', { description: 'The stamp of the published revision: who endorsed it, when, which revision.' })
export class ApprovalModel {
  @Field(() => RevisionStateEnum)
  state: RevisionState;

  @Field()
  approvedBy: string;

  @Field(() => GraphQLISODateTime)
  approvedAt: Date;

  @Field(() => Int)
  revisionNumber: number;
}

@ObjectType('MaterialRef')
export class MaterialRefModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => LanguageEnum)
  language: Language;
}

@ObjectType('MaterialTranslation')
export class MaterialTranslationModel {
  @Field(() => ID)
  id: string;

  @Field(() => LanguageEnum)
  language: Language;

  @Field()
  title: string;

  @Field(() => RevisionStateEnum, { nullable: true, description: 'Working state; null for readers.' })
  state: RevisionState | null;

  @Field({ description: 'The source has a newer published revision than the one translated.' })
  outdated: boolean;
}

@ObjectType('MaterialRevisionSummary')
export class MaterialRevisionSummaryModel extends MaterialRevisionModel {
  @Field()
  authorName: string;
}

@ObjectType('DiffPart')
export class DiffPartModel {
  @Field()
  value: string;

  @Field({ nullable: true })
  added?: boolean;

  @Field({ nullable: true })
  removed?: boolean;
}

@ObjectType('MaterialDiff')
export class MaterialDiffModel {
  @Field(() => [DiffPartModel])
  title: DiffPartModel[];

  @Field(() => [DiffPartModel])
  body: DiffPartModel[];
}

@ObjectType('MaterialComment')
export class MaterialCommentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => String, { nullable: true })
  anchor: string | null;

  @Field()
  body: string;

  @Field(() => ID)
  authorId: string;

  @Field()
  authorName: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true })
  resolvedByName: string | null;
}

@ObjectType('Material')
export class MaterialModel {
  @Field(() => ID)
  id: string;

  @Field(() => MaterialKindModel)
  kind: MaterialKindModel;

  @Field(() => LanguageEnum)
  language: Language;

  @Field(() => ID, { nullable: true })
  sourceId: string | null;

  @Field(() => [String])
  audiences: string[];

  @Field(() => [String])
  channels: string[];

  @Field(() => String, { nullable: true })
  validUntil: string | null;

  @Field(() => String, { nullable: true, description: 'Media coverage: the outlet.' })
  coverageOutlet: string | null;

  @Field(() => String, { nullable: true, description: 'Media coverage: publication date (YYYY-MM-DD).' })
  coverageDate: string | null;

  @Field(() => String, { nullable: true, description: 'Media coverage: link to the piece.' })
  coverageUrl: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  embargoUntil: Date | null;

  @Field(() => RevisionStateEnum, { nullable: true, description: 'State of the working revision; null for readers.' })
  state: RevisionState | null;

  @Field(() => MaterialRevisionModel, { nullable: true, description: 'The last agreed or approved text.' })
  published: MaterialRevisionModel | null;

  @Field(() => MaterialRevisionModel, { nullable: true, description: 'The text being worked on; null for readers.' })
  working: MaterialRevisionModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true })
  withdrawalReason: string | null;

  @Field({ description: 'Past its "valid until" date.' })
  expired: boolean;

  @Field(() => [SnippetPartModel], { nullable: true, description: 'Matching passage, when the list was searched.' })
  snippet: SnippetPartModel[] | null;

  @Field(() => [TransitionEnum], { description: 'Workflow steps the signed-in user may take now.' })
  availableTransitions: Transition[];

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('MaterialPage')
export class MaterialPageModel {
  @Field(() => [MaterialModel])
  items: MaterialModel[];

  @Field(() => Int, { description: 'Number of matches, counted up to 1000.' })
  total: number;

  @Field({ description: 'More matches exist than `total` says.' })
  totalIsCapped: boolean;
}
