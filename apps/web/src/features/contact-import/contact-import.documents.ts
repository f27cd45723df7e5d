// Operations live in contact-import.graphql; codegen turns each into a typed document string.
export {
  PreviewContactImportDocument as PreviewContactImportMutation,
  ImportContactsDocument as ImportContactsMutation,
} from '../../gql/graphql';
