import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_GROUPS, SUBJECT_TYPES, type AuditListParams } from '../audit-list-params';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  params: AuditListParams;
  people: { id: string; displayName: string; email: string }[];
  onChange: (changes: Partial<AuditListParams>) => void;
}

export function AuditFilters({ params, people, onChange }: Props) {
  const { t } = useTranslation();
  const [subjectText, setSubjectText] = useState(params.subjectId ?? '');
  const [synced, setSynced] = useState(params.subjectId);

  // The URL changed from outside (reset, Back): show what it says.
  if (params.subjectId !== synced) {
    setSynced(params.subjectId);
    setSubjectText(params.subjectId ?? '');
  }

  const subjectInvalid = subjectText.trim() !== '' && !UUID.test(subjectText.trim());
  const applySubject = () => {
    const value = subjectText.trim();
    if (value === '' || UUID.test(value)) onChange({ subjectId: value === '' ? null : value.toLowerCase(), page: 1 });
  };
  const set = (changes: Partial<AuditListParams>) => onChange({ ...changes, page: 1 });

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('audit.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        applySubject();
      }}
    >
      <div className="field">
        <label htmlFor="audit-actor">{t('audit.actor')}</label>
        <select
          id="audit-actor"
          value={params.actorId ?? ''}
          onChange={(e) => set({ actorId: e.target.value || null })}
        >
          <option value="">{t('audit.anyone')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName} ({p.email})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-action">{t('audit.action')}</label>
        <select id="audit-action" value={params.action ?? ''} onChange={(e) => set({ action: e.target.value || null })}>
          <option value="">{t('audit.anyAction')}</option>
          {ACTION_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`audit.actionGroups.${group}`)}
            </option>
          ))}
          {params.action && !(ACTION_GROUPS as readonly string[]).includes(params.action) && (
            <option value={params.action}>{t(`audit.actions.${params.action}`, params.action)}</option>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-subject-type">{t('audit.subjectType')}</label>
        <select
          id="audit-subject-type"
          value={params.subjectType ?? ''}
          onChange={(e) => set({ subjectType: (e.target.value || null) as AuditListParams['subjectType'] })}
        >
          <option value="">{t('audit.anySubject')}</option>
          {SUBJECT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`audit.subjectTypes.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-subject">{t('audit.subjectId')}</label>
        <input
          id="audit-subject"
          value={subjectText}
          spellCheck={false}
          aria-invalid={subjectInvalid}
          aria-describedby="audit-subject-hint"
          onChange={(e) => setSubjectText(e.target.value)}
          onBlur={applySubject}
        />
        <small id="audit-subject-hint" className={subjectInvalid ? 'field-error' : 'hint'}>
          {subjectInvalid ? t('audit.subjectIdInvalid') : t('audit.subjectIdHint')}
        </small>
      </div>
      <div className="field">
        <label htmlFor="audit-from">{t('audit.from')}</label>
        <input
          id="audit-from"
          type="date"
          value={params.from ?? ''}
          onChange={(e) => set({ from: e.target.value || null })}
        />
      </div>
      <div className="field">
        <label htmlFor="audit-to">{t('audit.to')}</label>
        <input
          id="audit-to"
          type="date"
          value={params.to ?? ''}
          onChange={(e) => set({ to: e.target.value || null })}
        />
      </div>
    </form>
  );
}
