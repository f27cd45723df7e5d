import { subject } from '@casl/ability';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { formatDate } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import { percentDone } from '../campaign-values';
import { AddPlanItem } from '../components/add-plan-item';
import { CampaignStateBadge } from '../components/campaign-state-badge';
import { CampaignWorkflow } from '../components/campaign-workflow';
import { PlanChecklist } from '../components/plan-checklist';
import { useCampaign } from '../use-campaign';

export function CampaignPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const ability = useAppAbility();
  const campaign = useCampaign(id);
  if (campaign.isPending) return <Loading />;
  if (campaign.isError) return <ErrorMessage error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  const editable =
    c.state !== null &&
    ability.can('update', subject('Campaign', { state: c.state, contributorIds: [], published: !!c.publishedState }));
  const { progress } = c;
  return (
    <article className="campaign">
      <div className="page-header">
        <h1 data-testid="campaign-title">{c.title}</h1>
        <div className="actions">
          <Link className="button" to={`/materials?campaign=${c.id}`} data-testid="campaign-materials">
            {t('campaigns.materials')}
          </Link>
          {editable && c.state !== 'in_review' && (
            <Link className="button" to={`/campaigns/${c.id}/edit`} data-testid="campaign-edit">
              {t('campaigns.edit')}
            </Link>
          )}
        </div>
      </div>
      <p>
        <CampaignStateBadge state={c.state ?? c.publishedState} /> {formatDate(c.startsOn, language)} –{' '}
        {formatDate(c.endsOn, language)}
      </p>
      <CampaignWorkflow campaign={c} />
      {c.audiences.length > 0 && (
        <p>
          {t('campaigns.audiences')}: {c.audiences.map((a) => t(`audiences.${a}`)).join(', ')}
        </p>
      )}
      {c.goals && (
        <section>
          <h2>{t('campaigns.goals')}</h2>
          <p className="prewrap">{c.goals}</p>
        </section>
      )}
      <section>
        <h2>{t('campaigns.plan')}</h2>
        <p data-testid="campaign-progress">
          <progress value={progress.done} max={Math.max(progress.total, 1)} aria-label={t('campaigns.progress')} />{' '}
          {t('campaigns.doneOf', { done: progress.done, total: progress.total })} ({percentDone(progress)}%)
          {progress.overdue > 0 && (
            <strong className="overdue-date" data-testid="campaign-overdue">
              {' '}
              · {t('campaigns.overdueCount', { count: progress.overdue })}
            </strong>
          )}
        </p>
        <PlanChecklist items={c.planItems} editable={editable} />
        {editable && <AddPlanItem campaignId={c.id} />}
      </section>
      {c.regionalPlan && (
        <section>
          <h2>{t('campaigns.regionalPlan')}</h2>
          <p className="prewrap">{c.regionalPlan}</p>
        </section>
      )}
      {c.csoActivities && (
        <section>
          <h2>{t('campaigns.csoActivities')}</h2>
          <p className="prewrap">{c.csoActivities}</p>
        </section>
      )}
    </article>
  );
}
