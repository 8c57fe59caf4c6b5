import { useEffect } from 'react';
import { providerSchema, type Provider } from '@/utils/agreements/schema';
import { TextField } from '../common/Fields';
import { t } from '../common/i18n';
import { useForm, type FormState } from '../common/use-form';
import { ProblemList } from './ProblemList';
import { TimezoneField } from './TimezoneField';
import { WorkingHoursFields } from './WorkingHoursFields';

const LANGS = ['en', 'es', 'zh', 'zh-Hant'] as const;

function browserZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Onboarding and later edits: who the provider is and when they work; the defaults every reply starts from. */
export function ProviderForm(props: { provider: Provider | undefined; onSave: (provider: Provider) => Promise<boolean> }) {
  const initial = (props.provider ?? {
    name: '',
    timezone: browserZone(),
    languages: ['en'],
    hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
  }) as Record<string, unknown>;
  const form = useForm(providerSchema, initial);
  const f = form as FormState<unknown>;
  const { replace, dirty } = form;
  // A backup import or another tab changed the provider: show it, unless the user is in the middle of editing.
  useEffect(() => {
    if (props.provider && !dirty) replace(props.provider as Record<string, unknown>);
  }, [props.provider]); // eslint-disable-line react-hooks/exhaustive-deps
  const languages = (form.get(['languages']) as string[] | undefined) ?? [];
  return (
    <form
      className="provider-form"
      aria-labelledby="provider-heading"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const provider = form.submit();
        if (provider && (await props.onSave(provider))) form.replace(provider as Record<string, unknown>);
      }}
    >
      <h2 id="provider-heading">{props.provider ? t('providerHeading') : t('onboardingHeading')}</h2>
      {props.provider ? null : <p className="lead">{t('onboardingLead')}</p>}
      <div className="grid grid--wide">
        <TextField form={f} path={['name']} label={t('fieldYourName')} required />
        <TextField form={f} path={['email']} type="email" label={t('fieldYourEmail')} />
        <TimezoneField form={f} path={['timezone']} label={t('fieldYourTimezone')} />
      </div>
      <TextField form={f} path={['signature']} label={t('fieldSignature')} multiline />
      <fieldset className="field weekdays">
        <legend>{t('fieldReplyLanguages')}</legend>
        {LANGS.map((lang) => (
          <label key={lang} className="weekdays__day">
            <input
              type="checkbox"
              checked={languages.includes(lang)}
              onChange={(e) =>
                f.set(['languages'], e.target.checked ? [...languages, lang] : languages.filter((l) => l !== lang))
              }
            />
            {t(`lang${lang === 'zh-Hant' ? 'ZhHant' : lang[0].toUpperCase() + lang.slice(1)}`)}
          </label>
        ))}
      </fieldset>
      <h3>{t('yourWorkingHours')}</h3>
      <WorkingHoursFields form={f} path={['hours']} withAfterHours={false} />
      <ProblemList form={f} />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary">
          {t('saveSettings')}
        </button>
      </div>
    </form>
  );
}
