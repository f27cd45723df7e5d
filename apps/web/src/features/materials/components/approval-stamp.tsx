import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { MaterialRevisionFieldsFragment } from '../../../gql/graphql';
import { useMaterialHistory } from '../use-material-history';

/**
 * Who agreed or approved the published revision, and when. Taken from the transition log: the step that put this
 * revision in its current state.
 */
export function ApprovalStamp({
  materialId,
  revision,
}: {
  materialId: string;
  revision: MaterialRevisionFieldsFragment;
}) {
  const { t } = useTranslation();
  const history = useMaterialHistory(materialId);
  const step = history.data?.filter((s) => s.revisionNumber === revision.number && s.toState === revision.state).at(-1);
  if (!step) return null;
  const key = revision.state === 'approved' ? 'materials.stampApproved' : 'materials.stampAgreed';
  return (
    <p className={`stamp stamp-${revision.state}`} data-testid="approval-stamp">
      {t(key, {
        name: step.actorName,
        date: formatDateTime(step.createdAt, currentLanguage()),
        number: revision.number,
      })}
    </p>
  );
}
