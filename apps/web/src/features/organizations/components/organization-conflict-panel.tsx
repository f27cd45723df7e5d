import { useTranslation } from 'react-i18next';
import { ConflictPanel } from '../../../app/components/conflict-panel';
import type { OrganizationFieldsFragment } from '../../../gql/graphql';
import { OrganizationDetails } from './organization-details';

interface Props {
  mine: Pick<OrganizationFieldsFragment, 'name' | 'shortName' | 'type' | 'website'>;
  latest: OrganizationFieldsFragment;
  saving: boolean;
  onReload: () => void;
  onKeepMine: () => void;
}

export function OrganizationConflictPanel({ mine, latest, ...actions }: Props) {
  const { t } = useTranslation();
  const labels = {
    title: t('organizations.conflictTitle'),
    intro: t('conflict.intro', { version: latest.version }),
    mine: t('conflict.mine'),
    latest: t('conflict.current', { version: latest.version }),
    reload: t('conflict.reload'),
    reloadConfirm: t('conflict.reloadConfirm'),
    reloadYes: t('conflict.reloadYes'),
    keepMine: t('conflict.keepMine'),
    cancel: t('conflict.cancel'),
  };
  return (
    <ConflictPanel
      labels={labels}
      mine={<OrganizationDetails organization={mine} />}
      latest={<OrganizationDetails organization={latest} />}
      {...actions}
    />
  );
}
