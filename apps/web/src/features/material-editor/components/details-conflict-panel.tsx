import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** Both sets of details side by side; the user's own stay in the form until they choose. */
export function DetailsConflictPanel({ mine, latest, latestVersion, coverage, saving, onReload, onKeepMine }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <section
      className="card alert-warn"
      role="alert"
      aria-labelledby="details-conflict-title"
      data-testid="details-conflict"
    >
      <h3 id="details-conflict-title">{t('materialConflict.detailsTitle')}</h3>
      <p>{t('materialConflict.detailsIntro', { version: latestVersion })}</p>
      <div className="compare">
        <div data-testid="details-conflict-mine">
          <h4>{t('materialConflict.mine')}</h4>
          <DetailsSummary values={mine} coverage={coverage} />
        </div>
        <div data-testid="details-conflict-latest">
          <h4>{t('materialConflict.current')}</h4>
          <DetailsSummary values={latest} coverage={coverage} />
        </div>
      </div>
      <div className="actions">
        {confirming ? (
          <>
            <span>{t('materialConflict.reloadConfirm')}</span>
            <button
              type="button"
              className="button button-danger"
              onClick={onReload}
              data-testid="details-conflict-reload-yes"
            >
              {t('materialConflict.reloadYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('materialConflict.cancel')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button"
              onClick={() => setConfirming(true)}
              data-testid="details-conflict-reload"
            >
              {t('materialConflict.reloadDetails')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={saving}
              onClick={onKeepMine}
              data-testid="details-conflict-keep-mine"
            >
              {t('materialConflict.keepMineDetails')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
