// Operations live in materials.graphql; codegen turns each into a typed document string.
export {
  MaterialKindsDocument as MaterialKindsQuery,
  MaterialsDocument as MaterialsQuery,
  MaterialDocument as MaterialQuery,
  MaterialHistoryDocument as MaterialHistoryQuery,
  TransitionMaterialDocument as TransitionMaterialMutation,
  MarkLibraryVisitedDocument as MarkLibraryVisitedMutation,
  WithdrawMaterialDocument as WithdrawMaterialMutation,
  ReplacementCandidatesDocument as ReplacementCandidatesQuery,
  WaitingForDecisionDocument as WaitingForDecisionQuery,
  RescheduleMaterialDocument as RescheduleMaterialMutation,
  CampaignOptionsDocument as CampaignOptionsQuery,
} from '../../gql/graphql';
