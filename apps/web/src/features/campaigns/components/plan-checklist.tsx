import { CAMPAIGN_ITEM_STATUSES, type CampaignItemStatus } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SaveError } from '../../../app/components/save-error';
import { formatDate } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { CampaignPlanItemFieldsFragment } from '../../../gql/graphql';
import { useUpdatePlanItem } from '../use-update-plan-item';

interface Props {
  items: CampaignPlanItemFieldsFragment[];
  /** The user may tick, drop and reopen items. */
  editable: boolean;
}

/** The campaign's plan: each item with its owner, due date (overdue ones marked) and evidence; editors tick them. */
export function PlanChecklist({ items, editable }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const update = useUpdatePlanItem();
  const setStatus = (item: CampaignPlanItemFieldsFragment, status: CampaignItemStatus) =>
    update.mutate({
      id: item.id,
      input: {
        title: item.title,
        status,
        dueOn: item.dueOn,
        ownerUserId: item.ownerUserId,
        ownerOrganizationId: item.ownerOrganizationId,
        evidenceMaterialId: item.evidence?.id ?? null,
        version: item.version,
      },
    });
  return (
    <>
      <SaveError error={update.error} />
      <ol className="plan-checklist" data-testid="plan-items">
        {items.map((item) => (
          <li
            key={item.id}
            className={`plan-item status-${item.status}${item.overdue ? ' overdue' : ''}`}
            data-testid="plan-item"
            data-status={item.status}
          >
            <label className="plan-item-title">
              <input
                type="checkbox"
                checked={item.status === 'done'}
                disabled={!editable || item.status === 'dropped' || update.isPending}
                aria-label={t('campaigns.markDone', { title: item.title })}
                onChange={(e) => setStatus(item, e.target.checked ? 'done' : 'open')}
              />{' '}
              {item.status === 'dropped' ? <s>{item.title}</s> : item.title}
            </label>
            <div className="plan-item-meta">
              {(item.ownerOrganizationName || item.ownerUserName) && (
                <span>
                  {t('campaigns.owner')}: {[item.ownerOrganizationName, item.ownerUserName].filter(Boolean).join(', ')}
                </span>
              )}
              {item.dueOn && (
                <span className={item.overdue ? 'overdue-date' : undefined}>
                  {t('campaigns.dueOn')}: {formatDate(item.dueOn, language)}
                  {item.overdue && <strong> · {t('campaigns.overdue')}</strong>}
                </span>
              )}
              {item.evidence && (
                <span>
                  {t('campaigns.evidence')}: <Link to={`/materials/${item.evidence.id}`}>{item.evidence.title}</Link>
                </span>
              )}
              {editable ? (
                <select
                  aria-label={t('campaigns.status')}
                  value={item.status}
                  disabled={update.isPending}
                  onChange={(e) => setStatus(item, e.target.value as CampaignItemStatus)}
                >
                  {CAMPAIGN_ITEM_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`campaigns.statuses.${s}`)}
                    </option>
                  ))}
                </select>
              ) : (
                <span>{t(`campaigns.statuses.${item.status}`)}</span>
              )}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
