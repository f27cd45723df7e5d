import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { fieldErrorKeys } from '../../../app/api-error';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { CampaignForm } from '../components/campaign-form';
import { toTextInput, valuesOf } from '../campaign-values';
import { useCampaign } from '../use-campaign';
import { useUpdateCampaign } from '../use-update-campaign';

export function CampaignEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const campaign = useCampaign(id);
  const update = useUpdateCampaign();
  if (campaign.isPending) return <Loading />;
  if (campaign.isError) return <ErrorMessage error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  return (
    <section>
      <h1>{t('campaigns.edit')}</h1>
      {c.state !== 'draft' && <p className="hint">{t('campaigns.newRevisionHint')}</p>}
      <CampaignForm
        initial={valuesOf(c)}
        submitLabel={t('campaigns.save')}
        pending={update.isPending}
        error={update.error}
        errors={fieldErrorKeys(update.error)}
        onSubmit={(values) =>
          update.mutate(
            { id, input: { ...toTextInput(values), version: c.version, revisionVersion: c.revisionVersion ?? 1 } },
            { onSuccess: () => void navigate(`/campaigns/${id}`) },
          )
        }
      />
    </section>
  );
}
