import { useTranslation } from 'react-i18next';
import type { RevisionState } from '../../../gql/graphql';

export function CampaignStateBadge({ state }: { state: RevisionState | null | undefined }) {
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <span className={`badge state-${state}`} data-testid="campaign-state">
      {t(`materialStates.${state}`)}
    </span>
  );
}
