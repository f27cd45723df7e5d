import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../clipboard';
import type { DocNode } from '../material-doc';

type Status = 'idle' | 'plain' | 'formatted' | 'failed';

/** Copies the title, the approval stamp (when there is one) and the text. */
export function CopyButtons({ title, doc, stamp }: { title: string; doc: DocNode; stamp: string | null }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('idle');
  const copy = (formatted: boolean) => {
    copyText(title, doc, formatted, stamp).then(
      () => setStatus(formatted ? 'formatted' : 'plain'),
      () => setStatus('failed'),
    );
  };
  return (
    <>
      <button type="button" className="button" onClick={() => copy(false)} data-testid="copy-plain">
        {t('materials.copyPlain')}
      </button>
      <button type="button" className="button" onClick={() => copy(true)} data-testid="copy-formatted">
        {t('materials.copyFormatted')}
      </button>
      <span className={status === 'failed' ? 'field-error' : 'status'} role="status" data-testid="copy-status">
        {status === 'plain' && t('materials.copiedPlain')}
        {status === 'formatted' && t('materials.copiedFormatted')}
        {status === 'failed' && t('materials.copyFailed')}
      </span>
    </>
  );
}
