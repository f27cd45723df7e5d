import { useTranslation } from 'react-i18next';
import { ConflictPanel as Panel } from '../../../app/components/conflict-panel';
import type { ContactFieldsFragment } from '../../../gql/graphql';
import { ContactDetails } from '../../contacts/components/contact-details';

interface Props {
  mine: ContactFieldsFragment;
  latest: ContactFieldsFragment;
  saving: boolean;
  onReload: () => void;
  onKeepMine: () => void;
}

export function ConflictPanel({ mine, latest, ...actions }: Props) {
  const { t } = useTranslation();
  const labels = {
    title: t('conflict.title'),
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
    <Panel
      labels={labels}
      mine={<ContactDetails contact={mine} />}
      latest={<ContactDetails contact={latest} />}
      {...actions}
    />
  );
}
