import { useEffect } from 'react';
import { clientSchema, type Client } from '@/utils/agreements/schema';
import { ListField, SelectField, TextField } from '../common/Fields';
import { t } from '../common/i18n';
import { useForm, type FormState } from '../common/use-form';
import { languageOptions } from './options-lists';
import { ProblemList } from './ProblemList';
import { TimezoneField } from './TimezoneField';
import { isPublicMailDomain } from '@/utils/agreements/public-domains';
import { Banner } from '../common/Banner';

/** gmail.com and the like never identify a client (the matcher ignores them): say so before it surprises anyone. */
function PublicDomainWarning({ domains }: { domains: unknown }) {
  const publicOnes = (Array.isArray(domains) ? (domains as string[]) : []).filter((d) => isPublicMailDomain(d.trim().toLowerCase()));
  if (!publicOnes.length) return null;
  return <Banner tone="info">{t('publicDomainWarning', publicOnes.join(', '))}</Banner>;
}

/** A client's name, addresses, domains, language, time zone and notes, checked by the shared schema as typed. */
export function ClientEditor(props: {
  initial: Record<string, unknown>;
  isNew: boolean;
  onSave: (client: Client) => Promise<boolean>;
  /** Leaves a new client's form; an existing client's form reverts to what is saved instead. */
  onCancel: () => void;
}) {
  const form = useForm(clientSchema, props.initial);
  const f = form as FormState<unknown>;
  const { replace } = form;
  // Another client chosen in the list: edit that one from a clean state.
  useEffect(() => replace(props.initial), [props.initial.id]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <form
      className="client-editor"
      aria-label={props.isNew ? t('newClient') : t('editClient')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const client = form.submit();
        if (client) void props.onSave(client).then((saved) => saved && form.replace(client as Record<string, unknown>));
      }}
      onKeyDown={(e) => {
        // Escape leaves a new, untouched form; it never discards typed edits.
        if (e.key === 'Escape' && props.isNew && !form.dirty) props.onCancel();
      }}
    >
      <div className="grid grid--wide">
        <TextField form={f} path={['name']} label={t('fieldClientName')} required />
        <SelectField form={f} path={['language']} label={t('fieldLanguage')} options={languageOptions()} />
        <TimezoneField form={f} path={['timezone']} label={t('fieldClientTimezone')} />
        <ListField form={f} path={['emails']} label={t('fieldEmails')} placeholder="ana@acme.com" />
        <ListField form={f} path={['domains']} label={t('fieldDomains')} placeholder="acme.com" hint={t('hintDomains')} />
        <TextField form={f} path={['notes']} label={t('fieldNotes')} multiline />
      </div>
      <PublicDomainWarning domains={form.get(['domains'])} />
      <ProblemList form={f} />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary">
          {props.isNew ? t('addClientSave') : t('saveClient')}
        </button>
        {props.isNew ? (
          <button type="button" className="btn" onClick={props.onCancel}>
            {t('cancel')}
          </button>
        ) : (
          <button type="button" className="btn" disabled={!form.dirty} onClick={() => form.replace(props.initial)}>
            {t('revertChanges')}
          </button>
        )}
      </div>
    </form>
  );
}
