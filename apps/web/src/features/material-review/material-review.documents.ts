// Operations live in material-review.graphql; codegen turns each into a typed document string.
export {
  MaterialRevisionsDocument as MaterialRevisionsQuery,
  MaterialDiffDocument as MaterialDiffQuery,
  MaterialCommentsDocument as MaterialCommentsQuery,
  AddMaterialCommentDocument as AddMaterialCommentMutation,
  EditMaterialCommentDocument as EditMaterialCommentMutation,
  ResolveMaterialCommentDocument as ResolveMaterialCommentMutation,
} from '../../gql/graphql';
