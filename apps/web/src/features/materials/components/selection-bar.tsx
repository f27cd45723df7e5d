import { useTranslation } from 'react-i18next';
import { MAX_SELECTION, selectionExportUrl } from '../export-urls';

/** What is selected and the two downloads of it as one file. */
export function SelectionBar({ ids, onClear }: { ids: string[]; onClear: () => void }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <div className="selection-bar" role="region" aria-label={t('materials.selection')} data-testid="selection-bar">
      <span aria-live="polite" data-testid="selection-count">
        {t('materials.selected', { count: ids.length })}
        {ids.length >= MAX_SELECTION && ` ${t('materials.selectionFull', { max: MAX_SELECTION })}`}
      </span>
      <div className="actions">
        <a className="button button-small" href={selectionExportUrl(ids, 'docx')} download data-testid="selection-docx">
          {t('materials.downloadSelectionDocx')}
        </a>
        <a className="button button-small" href={selectionExportUrl(ids, 'pdf')} download data-testid="selection-pdf">
          {t('materials.downloadSelectionPdf')}
        </a>
        <button type="button" className="button button-small" onClick={onClear} data-testid="selection-clear">
          {t('materials.clearSelection')}
        </button>
      </div>
    </div>
  );
}
