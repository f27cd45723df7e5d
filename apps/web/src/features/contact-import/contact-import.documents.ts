import { graphql } from '../../gql';

export const ImportResultFieldsFragment = graphql(`
  fragment ImportResultFields on ContactImportResult {
    committed
    created
    rejected
    valid
    rows {
      line
      name
      ok
      errors {
        field
        reason
        message
      }
    }
  }
`);

export const PreviewContactImportMutation = graphql(`
  mutation PreviewContactImport($csv: String!) {
    previewContactImport(csv: $csv) {
      ...ImportResultFields
    }
  }
`);

export const ImportContactsMutation = graphql(`
  mutation ImportContacts($csv: String!) {
    importContacts(csv: $csv) {
      ...ImportResultFields
    }
  }
`);
