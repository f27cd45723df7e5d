import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../../app/api-error';
import { useWithdrawMaterial } from '../use-withdraw-material';
import { CommentDialog } from './comment-dialog';
import { ReplacementPicker, type Replacement } from './replacement-picker';

/** Takes a published text out of use, with a reason readers will see and, optionally, what replaces it. */
export function WithdrawAction({ materialId }: { materialId: string }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawMaterial();
  const [open, setOpen] = useState(false);
  const [replacement, setReplacement] = useState<Replacement | null>(null);
  return (
    <>
      <button type="button" className="button button-danger" onClick={() => setOpen(true)} data-testid="withdraw">
        {t('materials.withdraw')}
      </button>
      {open && (
        <CommentDialog
          id="withdraw"
          title={t('materials.withdraw')}
          label={t('materials.withdrawReason')}
          sendLabel={t('materials.withdraw')}
          pending={withdraw.isPending}
          error={withdraw.error ? t(errorKey(withdraw.error)) : null}
          onCancel={() => {
            setOpen(false);
            setReplacement(null);
            withdraw.reset();
          }}
          onSubmit={(reason) =>
            withdraw.mutate(
              { id: materialId, input: { reason, supersededById: replacement?.id ?? null } },
              { onSuccess: () => setOpen(false) },
            )
          }
        >
          <ReplacementPicker materialId={materialId} value={replacement} onChange={setReplacement} />
        </CommentDialog>
      )}
    </>
  );
}
