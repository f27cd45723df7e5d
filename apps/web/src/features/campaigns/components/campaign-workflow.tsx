import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveError } from '../../../app/components/save-error';
import type { CampaignFieldsFragment } from '../../../gql/graphql';
import { useTransitionCampaign } from '../use-transition-campaign';

/** The steps the user may take now: submit the plan, agree it for the working group, send it back, archive it. */
export function CampaignWorkflow({ campaign }: { campaign: CampaignFieldsFragment }) {
  const { t } = useTranslation();
  const transition = useTransitionCampaign();
  const [comment, setComment] = useState('');
  if (!campaign.availableTransitions.length) return null;
  const sendsBack = campaign.availableTransitions.includes('request_changes');
  return (
    <div className="workflow" data-testid="campaign-workflow">
      <SaveError error={transition.error} />
      {sendsBack && (
        <div className="field">
          <label htmlFor="campaign-comment">{t('campaigns.comment')}</label>
          <textarea id="campaign-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
      )}
      <div className="actions">
        {campaign.availableTransitions.map((step) => (
          <button
            key={step}
            type="button"
            className={step === 'request_changes' ? 'button' : 'button button-primary'}
            disabled={transition.isPending}
            data-testid={`campaign-${step}`}
            onClick={() =>
              transition.mutate({
                id: campaign.id,
                input: {
                  transition: step,
                  comment: comment.trim() || null,
                  revisionVersion: campaign.revisionVersion ?? 1,
                },
              })
            }
          >
            {t(`transitions.${step}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
