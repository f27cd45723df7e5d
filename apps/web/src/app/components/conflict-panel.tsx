import { useState, type ReactNode } from 'react';

export interface ConflictLabels {
  title: string;
  intro: string;
  mine: string;
  latest: ReactNode;
  reload: string;
  reloadConfirm: string;
  reloadYes: string;
  keepMine: string;
  cancel: string;
}

interface Props {
  labels: ConflictLabels;
  mine: ReactNode;
  latest: ReactNode;
  saving: boolean;
  onReload: () => void;
  onKeepMine: () => void;
  /** Prefix of the test ids, e.g. `conflict` or `details-conflict`. */
  id?: string;
  /** Level of the panel's heading; the two columns use the next one. */
  level?: 2 | 3;
}

/**
 * An optimistic-lock conflict: both versions side by side, and nothing is overwritten or thrown away without an
 * explicit choice (reloading asks for confirmation first). Shared by every form that saves versioned records.
 */
export function ConflictPanel({
  labels,
  mine,
  latest,
  saving,
  onReload,
  onKeepMine,
  id = 'conflict',
  level = 2,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const Title = level === 2 ? 'h2' : 'h3';
  const Column = level === 2 ? 'h3' : 'h4';
  return (
    <section className="card alert-warn" role="alert" aria-labelledby={`${id}-title`} data-testid={id}>
      <Title id={`${id}-title`}>{labels.title}</Title>
      <p>{labels.intro}</p>
      <div className="compare">
        <div data-testid={`${id}-mine`}>
          <Column>{labels.mine}</Column>
          {mine}
        </div>
        <div data-testid={`${id}-latest`}>
          <Column>{labels.latest}</Column>
          {latest}
        </div>
      </div>
      <div className="actions">
        {confirming ? (
          <>
            <span>{labels.reloadConfirm}</span>
            <button type="button" className="button button-danger" onClick={onReload} data-testid={`${id}-reload-yes`}>
              {labels.reloadYes}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {labels.cancel}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={() => setConfirming(true)} data-testid={`${id}-reload`}>
              {labels.reload}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={saving}
              onClick={onKeepMine}
              data-testid={`${id}-keep-mine`}
            >
              {labels.keepMine}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
