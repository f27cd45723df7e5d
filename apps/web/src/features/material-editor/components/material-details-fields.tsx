import { useTranslation } from 'react-i18next';
import { describedBy, FieldMessage, type FieldErrors } from '../../../app/components/field-message';
import { AUDIENCES, CHANNELS } from '../../materials/material-options';
import { useCampaignOptions } from '../../materials/use-campaign-options';
import type { DetailsValues } from '../editor-values';
import { CoverageFields } from './coverage-fields';

interface Props {
  values: DetailsValues;
  errors: FieldErrors;
  onChange: (changes: Partial<DetailsValues>) => void;
  /** The kind is media coverage: its outlet, date and link are asked for too. */
  coverage: boolean;
  /** A published text whose embargo and validity only an approver changes (from the material's page). */
  datesLocked?: boolean;
}

const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
  on ? [...list, value] : list.filter((x) => x !== value);

/** Campaign, audiences, channels, validity and embargo (and coverage): shared by the create and details forms. */
export function MaterialDetailsFields({ values, errors, onChange, coverage, datesLocked = false }: Props) {
  const { t } = useTranslation();
  const campaigns = useCampaignOptions();
  return (
    <>
      {coverage && <CoverageFields values={values} errors={errors} onChange={onChange} />}
      <div className="field">
        <label htmlFor="material-campaign">{t('materialEditor.campaign')}</label>
        <select
          id="material-campaign"
          value={values.campaignId}
          {...describedBy('material-campaign', errors.campaignId)}
          onChange={(e) => onChange({ campaignId: e.target.value })}
        >
          <option value="">{t('materialEditor.noCampaign')}</option>
          {(campaigns.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <FieldMessage id="material-campaign-error" error={errors.campaignId} />
      </div>
      <div className="grid-2">
        <fieldset>
          <legend>{t('materialEditor.audiences')}</legend>
          <div className="checks checks-column">
            {AUDIENCES.map((a) => (
              <label key={a}>
                <input
                  type="checkbox"
                  name="audiences"
                  value={a}
                  checked={values.audiences.includes(a)}
                  onChange={(e) => onChange({ audiences: toggle(values.audiences, a, e.target.checked) })}
                />
                {t(`audiences.${a}`)}
              </label>
            ))}
          </div>
          <FieldMessage id="material-audiences-error" error={errors.audiences} />
        </fieldset>
        <fieldset>
          <legend>{t('materialEditor.channels')}</legend>
          <div className="checks checks-column">
            {CHANNELS.map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  name="channels"
                  value={c}
                  checked={values.channels.includes(c)}
                  onChange={(e) => onChange({ channels: toggle(values.channels, c, e.target.checked) })}
                />
                {t(`channels.${c}`)}
              </label>
            ))}
          </div>
          <FieldMessage id="material-channels-error" error={errors.channels} />
        </fieldset>
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="material-valid-until">{t('materialEditor.validUntil')}</label>
          <input
            id="material-valid-until"
            type="date"
            value={values.validUntil}
            readOnly={datesLocked}
            {...describedBy('material-valid-until', errors.validUntil)}
            onChange={(e) => onChange({ validUntil: e.target.value })}
          />
          <FieldMessage id="material-valid-until-error" error={errors.validUntil} />
        </div>
        <div className="field">
          <label htmlFor="material-embargo">{t('materialEditor.embargoUntil')}</label>
          <input
            id="material-embargo"
            type="datetime-local"
            value={values.embargoUntil}
            readOnly={datesLocked}
            aria-describedby={
              errors.embargoUntil ? 'material-embargo-hint material-embargo-error' : 'material-embargo-hint'
            }
            aria-invalid={errors.embargoUntil ? true : undefined}
            onChange={(e) => onChange({ embargoUntil: e.target.value })}
          />
          <p id="material-embargo-hint" className="hint">
            {t('materialEditor.embargoHint')}
          </p>
          <FieldMessage id="material-embargo-error" error={errors.embargoUntil} />
        </div>
      </div>
      {datesLocked && (
        <p className="hint" data-testid="dates-by-approver">
          {t('materialEditor.datesByApprover')}
        </p>
      )}
    </>
  );
}
