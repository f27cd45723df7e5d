import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { kindName } from '../kind-name';
import { useReplacementCandidates } from '../use-replacement-candidates';

const SEARCH_DELAY_MS = 300;

export interface Replacement {
  id: string;
  title: string;
}

interface Props {
  materialId: string;
  value: Replacement | null;
  onChange: (value: Replacement | null) => void;
}

/** Optional: the published text readers should use instead of the withdrawn one. */
export function ReplacementPicker({ materialId, value, onChange }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const candidates = useReplacementCandidates(materialId, search);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <fieldset className="replacement-picker" data-testid="replacement-picker">
      <legend>{t('materials.replacement')}</legend>
      {value ? (
        <p className="replacement-chosen" data-testid="replacement-chosen">
          <span>
            {t('materials.replacementChosen')} <strong>{value.title}</strong>
          </span>
          <button type="button" className="button button-small" onClick={() => onChange(null)}>
            {t('materials.replacementClear')}
          </button>
        </p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="replacement-search">{t('materials.replacementSearch')}</label>
            <input
              id="replacement-search"
              type="search"
              value={text}
              placeholder={t('materials.searchPlaceholder')}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          {candidates.isError && (
            <p className="field-error" role="alert">
              {t('materials.replacementFailed')}
            </p>
          )}
          {candidates.data && candidates.data.length === 0 && <p className="hint">{t('materials.replacementNone')}</p>}
          {candidates.data && candidates.data.length > 0 && (
            <ul className="replacement-list" aria-busy={candidates.isPlaceholderData}>
              {candidates.data.map((m) =>
                m.published ? (
                  <li key={m.id}>
                    <label>
                      <input
                        type="radio"
                        name="replacement"
                        value={m.id}
                        onChange={() => m.published && onChange({ id: m.id, title: m.published.title })}
                      />
                      <span lang={m.language}>{m.published.title}</span>
                      <span className="hint">
                        {kindName(m.kind, language)}, {t(`languages.${m.language}`)}
                      </span>
                    </label>
                  </li>
                ) : null,
              )}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
