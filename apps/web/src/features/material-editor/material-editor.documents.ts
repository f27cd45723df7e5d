// Operations live in material-editor.graphql; codegen turns each into a typed document string.
export {
  CreateMaterialDocument as CreateMaterialMutation,
  SaveMaterialDocument as SaveMaterialMutation,
  CreateTranslationDocument as CreateTranslationMutation,
  UpdateMaterialDetailsDocument as UpdateMaterialDetailsMutation,
} from '../../gql/graphql';
