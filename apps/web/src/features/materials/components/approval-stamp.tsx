import { approvalStamp, type Language } from '@portal/domain';
import type { ApprovalFieldsFragment } from '../../../gql/graphql';

/**
 * Who agreed or approved the published revision, and when: shown, printed, copied and exported with the text, in
 * the text's language (not the interface's), worded as the DOCX and PDF exports word it.
 */
export function ApprovalStamp({
  approval,
  language,
}: {
  approval: ApprovalFieldsFragment | null | undefined;
  language: Language;
}) {
  if (!approval) return null;
  return (
    <p className={`stamp stamp-${approval.state}`} lang={language} data-testid="approval-stamp">
      {approvalStamp(language, approval)}
    </p>
  );
}
