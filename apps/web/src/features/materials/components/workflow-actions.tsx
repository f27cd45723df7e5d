import type { Transition } from '@portal/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialFieldsFragment } from '../../../gql/graphql';
import { materialKeys } from '../materials.keys';
import { useTransitionMaterial } from '../use-transition-material';
import { workflowError } from '../workflow-error';
import { CommentDialog } from './comment-dialog';
import { ConfirmDialog } from './confirm-dialog';

const BUTTON_CLASS: Record<Transition, string> = {
  submit: 'button button-primary',
  agree: 'button button-primary',
  approve: 'button button-approve',
  request_changes: 'button button-danger',
  archive: 'button',
};

/** Only the steps the API says this user may take now (`availableTransitions`); readers get none. */
export function WorkflowActions({ material }: { material: MaterialFieldsFragment }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const transition = useTransitionMaterial();
  const [asking, setAsking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const working = material.working;
  if (!working || material.availableTransitions.length === 0) return null;

  const run = (step: Transition, comment?: string) =>
    transition.mutate(
      { id: material.id, input: { transition: step, comment, revisionVersion: working.version } },
      {
        onSuccess: () => {
          setAsking(false);
          setConfirming(false);
        },
      },
    );
  const problem = transition.error ? workflowError(transition.error) : null;

  return (
    <div className="workflow no-print" data-testid="workflow-actions">
      <div className="actions">
        {material.availableTransitions.map((step) => (
          <button
            key={step}
            type="button"
            className={BUTTON_CLASS[step]}
            disabled={transition.isPending}
            onClick={() =>
              step === 'request_changes' ? setAsking(true) : step === 'approve' ? setConfirming(true) : run(step)
            }
            data-testid={`transition-${step}`}
          >
            {t(`transitions.${step}`)}
          </button>
        ))}
      </div>
      {problem && !asking && !confirming && (
        <div className="alert alert-error" role="alert" data-testid="workflow-error">
          <span>{t(problem.key)}</span>
          {problem.reload && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                transition.reset();
                void client.invalidateQueries({ queryKey: materialKeys.detail(material.id) });
              }}
            >
              {t('materials.reload')}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          id="approve"
          title={t('materials.approveConfirmTitle')}
          text={t('materials.approveConfirmText')}
          confirmLabel={t('transitions.approve')}
          pending={transition.isPending}
          error={problem ? t(problem.key) : null}
          onCancel={() => {
            setConfirming(false);
            transition.reset();
          }}
          onConfirm={() => run('approve')}
        />
      )}
      {asking && (
        <CommentDialog
          id="request-changes"
          title={t('transitions.request_changes')}
          label={t('materials.requestChangesComment')}
          sendLabel={t('materials.requestChangesSend')}
          pending={transition.isPending}
          error={problem ? t(problem.key) : null}
          onCancel={() => {
            setAsking(false);
            transition.reset();
          }}
          onSubmit={(comment) => run('request_changes', comment)}
        />
      )}
    </div>
  );
}
