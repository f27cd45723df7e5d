import '../materials.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Can, useAppAbility } from '../../../app/ability';
import { Empty, ErrorMessage, Loading } from '../../../app/components/status';
import { Pagination } from '../../../app/components/pagination';
import { canSeeWork } from '../can-see-work';
import { MaterialCard } from '../components/material-card';
import { MaterialFilters } from '../components/material-filters';
import { SelectionBar } from '../components/selection-bar';
import { MAX_SELECTION } from '../export-urls';
import {
  isWaitingView,
  PAGE_SIZE,
  parseListParams,
  toSearchParams,
  type MaterialListParams,
} from '../material-list-params';
import { useMarkLibraryVisited } from '../use-mark-library-visited';
import { useMaterials } from '../use-materials';

export function MaterialsLibraryPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const seesWork = canSeeWork(ability);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseListParams(searchParams, seesWork);
  const materials = useMaterials(params);
  const waiting = isWaitingView(params);
  useMarkLibraryVisited(materials.isSuccess && params.view === 'published');
  // Kept across pages and filters, so a download can gather texts from several searches.
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) =>
    setSelected((list) =>
      on ? (list.includes(id) ? list : [...list, id].slice(0, MAX_SELECTION)) : list.filter((x) => x !== id),
    );

  const update = useCallback(
    (changes: Partial<MaterialListParams>) =>
      setSearchParams((current) => toSearchParams({ ...parseListParams(current, seesWork), ...changes }), {
        replace: true,
      }),
    [setSearchParams, seesWork],
  );

  const searching = materials.isPlaceholderData && materials.isFetching;
  const pages = materials.data ? Math.max(1, Math.ceil(materials.data.total / PAGE_SIZE)) : 1;

  return (
    <section>
      <div className="page-header">
        <h1>{waiting ? t('materials.waitingTitle') : t('materials.title')}</h1>
        <div className="actions">
          <Can I="create" a="Material">
            <Link className="button button-primary" to="/materials/new" data-testid="material-new">
              {t('materials.new')}
            </Link>
          </Can>
        </div>
      </div>
      <p className="lead">
        {waiting
          ? t('materials.introWaiting')
          : params.view === 'published'
            ? t('materials.introPublished')
            : t('materials.introWorking')}
      </p>
      <MaterialFilters params={params} seesWork={seesWork} onChange={update} />
      {materials.isPending && <Loading />}
      {materials.isError && <ErrorMessage error={materials.error} onRetry={() => void materials.refetch()} />}
      {materials.data && (
        // While the next answer loads, the previous results stay visible but marked as being replaced.
        <div
          className={searching ? 'results results-busy' : 'results'}
          aria-busy={searching}
          data-testid="materials-results"
        >
          <p className="status" aria-live="polite" data-testid="materials-total">
            {searching && (
              <span className="busy-indicator" data-testid="materials-searching">
                {t('materials.searching')}
              </span>
            )}
            {materials.data.totalIsCapped
              ? t('materials.totalCapped', { count: materials.data.total })
              : t('materials.total', { count: materials.data.total })}
          </p>
          {materials.data.items.length === 0 ? (
            <Empty>{params.search ? t('materials.emptySearch') : t('materials.empty')}</Empty>
          ) : (
            <ul className="material-cards">
              {materials.data.items.map((m) => (
                <MaterialCard
                  key={m.id}
                  material={m}
                  view={params.view}
                  selection={{
                    selected: selected.includes(m.id),
                    full: selected.length >= MAX_SELECTION,
                    onToggle: (on) => toggle(m.id, on),
                  }}
                />
              ))}
            </ul>
          )}
          <SelectionBar ids={selected} onClear={() => setSelected([])} />
          <Pagination page={params.page} pages={pages} onPage={(page) => update({ page })} />
        </div>
      )}
    </section>
  );
}
