import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey, fieldErrorKeys } from '../../../app/api-error';
import { describedBy, FieldMessage, type FieldErrors } from '../../../app/components/field-message';
import type { MaterialFieldsFragment } from '../../../gql/graphql';
import { bishkekLocalToIso, isoToBishkekLocal } from '../../../app/bishkek-time';
import { useRescheduleMaterial } from '../use-reschedule-material';

/** An approver's change of when readers may see a published text (embargo, in Bishkek time) and until when it holds. */
export function RescheduleAction({ material }: { material: MaterialFieldsFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="reschedule">
        {t('materials.reschedule')}
      </button>
      {open && <RescheduleDialog material={material} onClose={() => setOpen(false)} />}
    </>
  );
}

function RescheduleDialog({ material, onClose }: { material: MaterialFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const reschedule = useRescheduleMaterial();
  const [validUntil, setValidUntil] = useState(material.validUntil ?? '');
  const [embargoUntil, setEmbargoUntil] = useState(isoToBishkekLocal(material.embargoUntil));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  // A half-filled date reads as '' — sent as is it would lift the embargo, so it is named instead.
  const embargoInput = useRef<HTMLInputElement>(null);
  const validInput = useRef<HTMLInputElement>(null);
  const [incomplete, setIncomplete] = useState({ embargoUntil: false, validUntil: false });
  const errors: FieldErrors = { ...fieldErrorKeys(reschedule.error) };
  for (const field of ['embargoUntil', 'validUntil'] as const) {
    if (incomplete[field]) errors[field] = { key: 'validation.matches', message: '' };
  }
  const otherError = reschedule.error && !Object.keys(errors).length ? t(errorKey(reschedule.error)) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      embargoUntil: !!embargoInput.current?.validity.badInput,
      validUntil: !!validInput.current?.validity.badInput,
    };
    setIncomplete(found);
    if (found.embargoUntil || found.validUntil) return;
    reschedule.mutate(
      {
        id: material.id,
        input: {
          validUntil: validUntil || null,
          embargoUntil: bishkekLocalToIso(embargoUntil),
          version: material.version,
        },
      },
      { onSuccess: onClose },
    );
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="reschedule-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      data-testid="reschedule-dialog"
    >
      <form onSubmit={submit} noValidate className="form">
        <h2 id="reschedule-title">{t('materials.reschedule')}</h2>
        <div className="field">
          <label htmlFor="reschedule-embargo">{t('materialEditor.embargoUntil')}</label>
          <input
            id="reschedule-embargo"
            type="datetime-local"
            value={embargoUntil}
            {...describedBy('reschedule-embargo', errors.embargoUntil)}
            ref={embargoInput}
            onChange={(e) => setEmbargoUntil(e.target.value)}
          />
          <FieldMessage id="reschedule-embargo-error" error={errors.embargoUntil} />
        </div>
        <div className="field">
          <label htmlFor="reschedule-valid-until">{t('materialEditor.validUntil')}</label>
          <input
            id="reschedule-valid-until"
            type="date"
            value={validUntil}
            {...describedBy('reschedule-valid-until', errors.validUntil)}
            ref={validInput}
            onChange={(e) => setValidUntil(e.target.value)}
          />
          <FieldMessage id="reschedule-valid-until-error" error={errors.validUntil} />
        </div>
        <p className="alert alert-warn" data-testid="reschedule-effect">
          {t('materials.rescheduleEffect')}
        </p>
        {otherError && (
          <div className="alert alert-error" role="alert">
            {otherError}
          </div>
        )}
        <div className="actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={reschedule.isPending}
            data-testid="reschedule-send"
          >
            {t('materials.rescheduleSend')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('materials.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
