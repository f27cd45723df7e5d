import type { RevisionState } from '@portal/domain';
import { useTranslation } from 'react-i18next';

/**
 * "Agreed by the working group" and "approved by the ministry" must never be confused by a press officer:
 * they differ in wording, colour and mark, not colour alone.
 */
export function StateBadge({ state }: { state: RevisionState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-state badge-${state}`} data-testid={`badge-${state}`}>
      {state === 'approved' && <span aria-hidden="true">✔ </span>}
      {state === 'agreed' && <span aria-hidden="true">◐ </span>}
      {t(`materialStates.${state}`)}
    </span>
  );
}
