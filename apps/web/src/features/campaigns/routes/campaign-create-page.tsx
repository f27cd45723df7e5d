import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorKeys } from '../../../app/api-error';
import { CampaignForm } from '../components/campaign-form';
import { EMPTY_CAMPAIGN, toTextInput } from '../campaign-values';
import { useCreateCampaign } from '../use-create-campaign';

export function CampaignCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCampaign();
  return (
    <section>
      <h1>{t('campaigns.new')}</h1>
      <p className="hint">{t('campaigns.standardPlanHint')}</p>
      <CampaignForm
        initial={EMPTY_CAMPAIGN}
        submitLabel={t('campaigns.create')}
        pending={create.isPending}
        error={create.error}
        errors={fieldErrorKeys(create.error)}
        onSubmit={(values) =>
          create.mutate(
            { ...toTextInput(values), standardPlan: true },
            { onSuccess: (c) => void navigate(`/campaigns/${c.id}`) },
          )
        }
      />
    </section>
  );
}
