import { LANGUAGES } from '@portal/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { kindName } from '../kind-name';
import { statesOfView, type MaterialListParams } from '../material-list-params';
import { AUDIENCES } from '../material-options';
import { useCampaignOptions } from '../use-campaign-options';
import { useMaterialKinds } from '../use-material-kinds';

const TEXT_DELAY_MS = 350;
const PHONE = '(max-width: 720px)';

interface Props {
  params: MaterialListParams;
  seesWork: boolean;
  onChange: (changes: Partial<MaterialListParams>) => void;
}

/** A text input that writes to the URL after a pause, and follows the URL when it changes from outside. */
function useDebouncedText(value: string, commit: (value: string) => void) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setText(value);
  }
  useEffect(() => {
    const next = text.trim();
    if (next === value) return;
    const timer = setTimeout(() => commit(next), TEXT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value, commit]);
  return [text, setText] as const;
}

export function MaterialFilters({ params, seesWork, onChange }: Props) {
  const { t } = useTranslation();
  const kinds = useMaterialKinds();
  const language = currentLanguage();
  const [search, setSearch] = useDebouncedText(params.search, (v) => onChange({ search: v, page: 1 }));
  const campaigns = useCampaignOptions();

  // On a phone the results come first: everything but the search box starts folded.
  const [open, setOpen] = useState(() => !window.matchMedia(PHONE).matches);
  const active =
    (seesWork && params.view !== 'published' ? 1 : 0) +
    params.kindIds.length +
    params.states.length +
    (params.language ? 1 : 0) +
    (params.audience ? 1 : 0) +
    (params.campaignId ? 1 : 0);

  const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
    on ? [...list, value] : list.filter((x) => x !== value);

  return (
    <form className="filters" role="search" aria-label={t('materials.filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="field wide">
        <label htmlFor="materials-search">{t('materials.search')}</label>
        <input
          id="materials-search"
          type="search"
          value={search}
          placeholder={t('materials.searchPlaceholder')}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <details
        className="wide more-filters"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
        data-testid="more-filters"
      >
        <summary>
          {t('materials.moreFilters')}
          {active > 0 && <span className="badge">{active}</span>}
        </summary>
        <div className="filters-grid">
          {seesWork && (
            <fieldset className="wide">
              <legend>{t('materials.view')}</legend>
              <div className="checks" data-testid="materials-view">
                {(['published', 'working'] as const).map((view) => (
                  <label key={view}>
                    <input
                      type="radio"
                      name="view"
                      value={view}
                      checked={params.view === view}
                      onChange={() => onChange({ view, states: [], page: 1 })}
                    />
                    {t(`materials.view_${view}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <fieldset className="wide">
            <legend>{t('materials.kind')}</legend>
            <div className="checks kind-checks" aria-busy={kinds.isPending}>
              {kinds.data?.map((kind) => (
                <label key={kind.id}>
                  <input
                    type="checkbox"
                    name="kind"
                    value={kind.code}
                    checked={params.kindIds.includes(kind.id)}
                    onChange={(e) => onChange({ kindIds: toggle(params.kindIds, kind.id, e.target.checked), page: 1 })}
                  />
                  {kindName(kind, language)}
                </label>
              ))}
            </div>
          </fieldset>
          {seesWork && (
            <fieldset className="wide">
              <legend>{t('materials.state')}</legend>
              <div className="checks">
                {statesOfView(params.view).map((state) => (
                  <label key={state}>
                    <input
                      type="checkbox"
                      name="state"
                      value={state}
                      checked={params.states.includes(state)}
                      onChange={(e) => onChange({ states: toggle(params.states, state, e.target.checked), page: 1 })}
                    />
                    {t(`materialStates.${state}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <div className="field">
            <label htmlFor="materials-language">{t('materials.language')}</label>
            <select
              id="materials-language"
              value={params.language ?? ''}
              onChange={(e) => onChange({ language: LANGUAGES.find((l) => l === e.target.value) ?? null, page: 1 })}
            >
              <option value="">{t('materials.any')}</option>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="materials-audience">{t('materials.audience')}</label>
            <select
              id="materials-audience"
              value={params.audience ?? ''}
              onChange={(e) => onChange({ audience: AUDIENCES.find((a) => a === e.target.value) ?? null, page: 1 })}
            >
              <option value="">{t('materials.any')}</option>
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {t(`audiences.${a}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="materials-campaign">{t('materials.campaign')}</label>
            <select
              id="materials-campaign"
              value={params.campaignId}
              onChange={(e) => onChange({ campaignId: e.target.value, page: 1 })}
            >
              <option value="">{t('materials.any')}</option>
              {(campaigns.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
    </form>
  );
}
