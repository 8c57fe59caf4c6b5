import { CheckboxField, NumberField, TextField, WeekdaysField } from '../common/Fields';
import { t } from '../common/i18n';
import type { FormState } from '../common/use-form';
import { TimezoneField } from './TimezoneField';

/**
 * Working days and hours, as the provider's onboarding and an agreement's working terms both hold them; the
 * provider's own form leaves out the zone (theirs is set beside it) and the after-hours terms.
 */
export function WorkingHoursFields({ form, path, withAfterHours = true }: { form: FormState<unknown>; path: string[]; withAfterHours?: boolean }) {
  return (
    <>
      <WeekdaysField form={form} path={[...path, 'days']} label={t('fieldWorkingDays')} />
      <div className="grid">
        <TextField form={form} path={[...path, 'start']} type="time" label={t('fieldHoursStart')} />
        <TextField form={form} path={[...path, 'end']} type="time" label={t('fieldHoursEnd')} />
        {withAfterHours ? (
          <>
            <TimezoneField form={form} path={[...path, 'timezone']} label={t('fieldTimezone')} />
            <NumberField form={form} path={[...path, 'responseHours']} label={t('fieldResponseHours')} />
            <NumberField form={form} path={[...path, 'afterHours', 'rateMultiplier']} label={t('fieldAfterHoursMultiplier')} />
            <CheckboxField form={form} path={[...path, 'afterHours', 'allowed']} label={t('fieldAfterHoursAllowed')} />
          </>
        ) : null}
      </div>
    </>
  );
}
