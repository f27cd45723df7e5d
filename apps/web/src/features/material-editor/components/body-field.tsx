import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessage, type FieldMessageValue } from '../../../app/components/field-message';
import type { DocNode } from '../../materials/material-doc';

// Tiptap and ProseMirror are the heaviest code in the app: they load only when an editor is on screen.
const RichTextEditor = lazy(() => import('./rich-text-editor'));

interface Props {
  /** Changing it remounts the editor with `value` (templates, reloading the saved text). */
  resetKey: number;
  value: DocNode;
  hint?: string;
  error: FieldMessageValue | undefined;
  onChange: (doc: DocNode) => void;
}

export function BodyField({ resetKey, value, hint, error, onChange }: Props) {
  const { t } = useTranslation();
  const described = [hint ? 'material-body-hint' : '', error ? 'material-body-error' : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <span id="material-body-label" className="label">
        {t('materialEditor.body')}
      </span>
      {hint && (
        <p id="material-body-hint" className="hint">
          {hint}
        </p>
      )}
      <Suspense fallback={<p className="status">{t('materialEditor.loadingEditor')}</p>}>
        <RichTextEditor
          key={resetKey}
          id="material-body"
          initial={value}
          labelledBy="material-body-label"
          describedBy={described || undefined}
          invalid={!!error}
          onChange={onChange}
        />
      </Suspense>
      <FieldMessage id="material-body-error" error={error} />
    </div>
  );
}
