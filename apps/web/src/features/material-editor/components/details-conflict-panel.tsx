import { useTranslation } from 'react-i18next';
import { ConflictPanel } from '../../../app/components/conflict-panel';
import type { DetailsValues } from '../editor-values';
import { DetailsSummary } from './details-summary';

interface Props {
  mine: DetailsValues;
  latest: DetailsValues;
  latestVersion: number;
  coverage: boolean;
  saving: boolean;
  onReload: () => void;
  onKeepMine: () => void;
}

/** The user's own details stay in the form until they choose. */
export function DetailsConflictPanel({ mine, latest, latestVersion, coverage, ...actions }: Props) {
  const { t } = useTranslation();
  const labels = {
    title: t('materialConflict.detailsTitle'),
    intro: t('materialConflict.detailsIntro', { version: latestVersion }),
    mine: t('materialConflict.mine'),
    latest: t('materialConflict.current'),
    reload: t('materialConflict.reloadDetails'),
    reloadConfirm: t('materialConflict.reloadConfirm'),
    reloadYes: t('materialConflict.reloadYes'),
    keepMine: t('materialConflict.keepMineDetails'),
    cancel: t('materialConflict.cancel'),
  };
  return (
    <ConflictPanel
      id="details-conflict"
      level={3}
      labels={labels}
      mine={<DetailsSummary values={mine} coverage={coverage} />}
      latest={<DetailsSummary values={latest} coverage={coverage} />}
      {...actions}
    />
  );
}
