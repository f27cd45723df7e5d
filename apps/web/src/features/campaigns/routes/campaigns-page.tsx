import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Can } from '../../../app/ability';
import { Empty, ErrorMessage, Loading } from '../../../app/components/status';
import { formatDate } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import { useCampaigns } from '../use-campaigns';
import { CampaignStateBadge } from '../components/campaign-state-badge';

export function CampaignsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const campaigns = useCampaigns();
  return (
    <section>
      <div className="page-header">
        <h1>{t('campaigns.title')}</h1>
        <div className="actions">
          <Can I="create" a="Campaign">
            <Link className="button button-primary" to="/campaigns/new" data-testid="campaign-new">
              {t('campaigns.new')}
            </Link>
          </Can>
        </div>
      </div>
      {campaigns.isPending && <Loading />}
      {campaigns.isError && <ErrorMessage error={campaigns.error} onRetry={() => void campaigns.refetch()} />}
      {campaigns.data &&
        (campaigns.data.items.length === 0 ? (
          <Empty>{t('campaigns.empty')}</Empty>
        ) : (
          <div className="table-wrap card-table">
            <table data-testid="campaigns">
              <thead>
                <tr>
                  <th scope="col">{t('campaigns.theme')}</th>
                  <th scope="col">{t('campaigns.period')}</th>
                  <th scope="col">{t('campaigns.state')}</th>
                  <th scope="col">{t('campaigns.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.data.items.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/campaigns/${c.id}`}>{c.title}</Link>
                    </td>
                    <td>
                      {formatDate(c.startsOn, language)} – {formatDate(c.endsOn, language)}
                    </td>
                    <td>
                      <CampaignStateBadge state={c.state ?? c.publishedState} />
                    </td>
                    <td>
                      {t('campaigns.doneOf', { done: c.progress.done, total: c.progress.total })}
                      {c.progress.overdue > 0 && (
                        <span className="badge badge-warning">
                          {' '}
                          {t('campaigns.overdueCount', { count: c.progress.overdue })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
