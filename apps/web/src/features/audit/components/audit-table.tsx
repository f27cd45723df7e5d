import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { summaryLines } from '../audit-summary';

type AuditEvent = AuditEventsQuery['auditEvents']['items'][number];

/** Where a subject can be opened; kinds of material and people have no page of their own. */
function subjectPath(type: string, id: string): string | null {
  switch (type) {
    case 'Contact':
      return `/contacts/${id}`;
    case 'Material':
      return `/materials/${id}`;
    case 'Organization':
      return `/organizations/${id}/edit`;
    default:
      return null;
  }
}

function Summary({ json }: { json: string }) {
  const { t } = useTranslation();
  const lines = summaryLines(json);
  if (lines.length === 0) return null;
  return (
    <ul className="plain-list audit-summary">
      {lines.map((line) => (
        <li key={line.field}>
          <span className="audit-field">{line.field}</span>:{' '}
          {line.changed ? t('audit.textChanged') : (line.value ?? `${line.from} → ${line.to}`)}
        </li>
      ))}
    </ul>
  );
}

/** A table on wide screens; each row becomes a card on phones (labels from `data-label`). */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.subject')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const path = e.subjectId ? subjectPath(e.subjectType, e.subjectId) : null;
            const subject = e.subjectId ? e.subjectId.slice(0, 8) : '—';
            return (
              <tr key={e.id} data-testid="audit-row">
                <td data-label={t('audit.when')}>{formatDateTime(e.occurredAt, currentLanguage())}</td>
                <td data-label={t('audit.actor')}>
                  {e.actorName ?? e.actorLabel ?? '—'}
                  {e.actorName && e.actorLabel && <div className="meta">{e.actorLabel}</div>}
                </td>
                <td data-label={t('audit.action')}>
                  {t(`audit.actions.${e.action}`, e.action)}
                  <div className="meta">
                    <code>{e.action}</code>
                  </div>
                </td>
                <td data-label={t('audit.subject')}>
                  {path ? <Link to={path}>{subject}</Link> : subject}
                  <div className="meta">{t(`audit.subjectTypes.${e.subjectType}`, e.subjectType)}</div>
                </td>
                <td data-label={t('audit.changes')}>
                  <Summary json={e.summary} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
