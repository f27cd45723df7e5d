import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveError } from '../../../app/components/save-error';
import { useAddPlanItem } from '../use-add-plan-item';

/** A plan item of the campaign's own, beyond the strategy's standard ones. */
export function AddPlanItem({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const add = useAddPlanItem(campaignId);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { title: title.trim(), dueOn: dueOn || null, status: 'open' },
      {
        onSuccess: () => {
          setTitle('');
          setDueOn('');
        },
      },
    );
  };
  return (
    <form className="filters" onSubmit={submit}>
      <SaveError error={add.error} />
      <div className="field wide">
        <label htmlFor="plan-item-title">{t('campaigns.newItem')}</label>
        <input id="plan-item-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="plan-item-due">{t('campaigns.dueOn')}</label>
        <input id="plan-item-due" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={add.isPending || !title.trim()}>
        {t('campaigns.addItem')}
      </button>
    </form>
  );
}
