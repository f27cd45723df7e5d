import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** Both texts side by side; nothing is overwritten or thrown away without an explicit choice. */
export function MaterialConflictPanel({ mine, latest, saving, onReload, onKeepMine }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="card alert-warn" role="alert" aria-labelledby="conflict-title" data-testid="conflict">
      <h2 id="conflict-title">{t('materialConflict.title')}</h2>
      <p>{t('materialConflict.intro', { number: latest.number, version: latest.version })}</p>
      <div className="compare">
        <div data-testid="conflict-mine">
          <h3>{t('materialConflict.mine')}</h3>
          <p className="revision-title">{mine.title}</p>
          <MaterialBody doc={mine.body} />
        </div>
        <div data-testid="conflict-latest">
          <h3>
            {t('materialConflict.current')} <StateBadge state={latest.state} />
          </h3>
          <p className="revision-title">{latest.title}</p>
          <MaterialBody doc={parseDoc(latest.body)} />
        </div>
      </div>
      <div className="actions">
        {confirming ? (
          <>
            <span>{t('materialConflict.reloadConfirm')}</span>
            <button type="button" className="button button-danger" onClick={onReload} data-testid="conflict-reload-yes">
              {t('materialConflict.reloadYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('materialConflict.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={() => setConfirming(true)} data-testid="conflict-reload">
              {t('materialConflict.reload')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={saving}
              onClick={onKeepMine}
              data-testid="conflict-keep-mine"
            >
              {t('materialConflict.keepMine')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
