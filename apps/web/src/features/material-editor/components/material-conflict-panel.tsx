import { useTranslation } from 'react-i18next';
import { ConflictPanel } from '../../../app/components/conflict-panel';
import type { MaterialRevisionFieldsFragment } from '../../../gql/graphql';
import { MaterialBody } from '../../materials/components/material-body';
import { StateBadge } from '../../materials/components/state-badge';
import { parseDoc, type DocNode } from '../../materials/material-doc';

interface Props {
  mine: { title: string; body: DocNode };
  latest: MaterialRevisionFieldsFragment;
  saving: boolean;
  onReload: () => void;
  onKeepMine: () => void;
}

export function MaterialConflictPanel({ mine, latest, ...actions }: Props) {
  const { t } = useTranslation();
  const labels = {
    title: t('materialConflict.title'),
    intro: t('materialConflict.intro', { number: latest.number, version: latest.version }),
    mine: t('materialConflict.mine'),
    latest: (
      <>
        {t('materialConflict.current')} <StateBadge state={latest.state} />
      </>
    ),
    reload: t('materialConflict.reload'),
    reloadConfirm: t('materialConflict.reloadConfirm'),
    reloadYes: t('materialConflict.reloadYes'),
    keepMine: t('materialConflict.keepMine'),
    cancel: t('materialConflict.cancel'),
  };
  const text = (title: string, body: DocNode) => (
    <>
      <p className="revision-title">{title}</p>
      <MaterialBody doc={body} />
    </>
  );
  return (
    <ConflictPanel
      labels={labels}
      mine={text(mine.title, mine.body)}
      latest={text(latest.title, parseDoc(latest.body))}
      {...actions}
    />
  );
}
