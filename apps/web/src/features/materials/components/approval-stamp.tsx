import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { ApprovalFieldsFragment } from '../../../gql/graphql';

/** Who agreed or approved the published revision, and when: printed and exported with the text. */
export function ApprovalStamp({ approval }: { approval: ApprovalFieldsFragment | null | undefined }) {
  const { t } = useTranslation();
  if (!approval) return null;
  const key = approval.state === 'approved' ? 'materials.stampApproved' : 'materials.stampAgreed';
  return (
    <p className={`stamp stamp-${approval.state}`} data-testid="approval-stamp">
      {t(key, {
        name: approval.approvedBy,
        date: formatDateTime(approval.approvedAt, currentLanguage()),
        number: approval.revisionNumber,
      })}
    </p>
  );
}
