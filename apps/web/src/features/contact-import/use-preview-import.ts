import { useMutation } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { PreviewContactImportMutation } from './contact-import.documents';

/** A dry run: the API checks every row of the file (base64) and writes nothing. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: async (file: string) => (await execute(PreviewContactImportMutation, { file })).previewContactImport,
  });
}
