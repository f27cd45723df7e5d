import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationFieldsFragment } from '../../../gql/graphql';
import { OrganizationDetails } from './organization-details';

interface Props {
  mine: Pick<OrganizationFieldsFragment, 'name' | 'shortName' | 'type' | 'website'>;
  latest: OrganizationFieldsFragment;
  saving: boolean;
  onReload: () => void;
  onKeepMine: () => void;
}

/** Both versions side by side; the user decides, nothing is overwritten without an explicit choice. */
export function OrganizationConflictPanel({ mine, latest, saving, onReload, onKeepMine }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="card alert-warn" role="alert" aria-labelledby="conflict-title" data-testid="conflict">
      <h2 id="conflict-title">{t('organizations.conflictTitle')}</h2>
      <p>{t('conflict.intro', { version: latest.version })}</p>
      <div className="compare">
        <div data-testid="conflict-mine">
          <h3>{t('conflict.mine')}</h3>
          <OrganizationDetails organization={mine} />
        </div>
        <div data-testid="conflict-latest">
          <h3>{t('conflict.current', { version: latest.version })}</h3>
          <OrganizationDetails organization={latest} />
        </div>
      </div>
      <div className="actions">
        {confirming ? (
          <>
            <span>{t('conflict.reloadConfirm')}</span>
            <button type="button" className="button button-danger" onClick={onReload} data-testid="conflict-reload-yes">
              {t('conflict.reloadYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('conflict.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={() => setConfirming(true)} data-testid="conflict-reload">
              {t('conflict.reload')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={saving}
              onClick={onKeepMine}
              data-testid="conflict-keep-mine"
            >
              {t('conflict.keepMine')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
