import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../../app/api-error';
import { useWithdrawMaterial } from '../use-withdraw-material';
import { CommentDialog } from './comment-dialog';

/** Takes a published text out of use, with a reason readers will see. */
export function WithdrawAction({ materialId }: { materialId: string }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawMaterial();
  const [open, setOpen] = useState(false);
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
            withdraw.reset();
          }}
          onSubmit={(reason) =>
            withdraw.mutate({ id: materialId, input: { reason } }, { onSuccess: () => setOpen(false) })
          }
        />
      )}
    </>
  );
}
