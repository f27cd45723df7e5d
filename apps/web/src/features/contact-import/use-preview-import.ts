import { useMutation } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { PreviewContactImportMutation } from './contact-import.documents';

/** A dry run: the API checks every row and writes nothing. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: async (csv: string) => (await execute(PreviewContactImportMutation, { csv })).previewContactImport,
  });
}
