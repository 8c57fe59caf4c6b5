import type { ReactNode } from 'react';
import { agreementSchema, type Agreement } from '@/utils/agreements/schema';
import { ListField, NumberField, SelectField, TextField } from '../common/Fields';
import { Banner } from '../common/Banner';
import { t, tn } from '../common/i18n';
import { useForm, type FormState } from '../common/use-form';
import { RowsEditor } from './RowsEditor';
import { WorkingHoursFields } from './WorkingHoursFields';
import { languageOptions } from './options-lists';
import { ProblemList } from './ProblemList';
import './AgreementEditor.css';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Every field of DESIGN.md's agreement model, validated by the shared zod schema as the user types. `initial` may be
 * a pre-filled draft (pasted or captured contract text) that the user confirms by saving.
 */
export function AgreementEditor(props: {
  initial: Record<string, unknown>;
  heading: string;
  notice?: ReactNode;
  onSave: (agreement: Agreement) => Promise<void> | void;
  onCancel: () => void;
}) {
  const form = useForm(agreementSchema, props.initial);
  const f = form as FormState<unknown>;
  const save = async () => {
    const agreement = form.submit();
    if (agreement) await props.onSave(agreement);
  };
  const problemCount = Object.keys(form.errors).length;
  return (
    <form
      className="agreement-editor"
      aria-label={props.heading}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        // Escape leaves an untouched form; with edits in it, a stray Escape must not throw them away.
        if (e.key === 'Escape' && !form.dirty) props.onCancel();
      }}
    >
      <h3>{props.heading}</h3>
      {props.notice ? <Banner tone="info">{props.notice}</Banner> : null}

      <section aria-labelledby="ag-basics">
        <h4 id="ag-basics">{t('sectionBasics')}</h4>
        <div className="grid">
          <TextField form={f} path={['title']} label={t('fieldTitle')} required />
          <SelectField
            form={f}
            path={['status']}
            label={t('fieldStatus')}
            allowEmpty={false}
            options={[
              { value: 'active', label: t('statusActive') },
              { value: 'draft', label: t('statusDraft') },
              { value: 'ended', label: t('statusEnded') },
            ]}
          />
          <TextField form={f} path={['signedAt']} type="date" label={t('fieldSignedAt')} />
          <TextField form={f} path={['start']} type="date" label={t('fieldStart')} />
          <TextField form={f} path={['end']} type="date" label={t('fieldEnd')} />
          <TextField form={f} path={['currency']} label={t('fieldCurrency')} placeholder="EUR" />
          <SelectField form={f} path={['language']} label={t('fieldLanguage')} options={languageOptions()} />
        </div>
      </section>

      <section aria-labelledby="ag-scope">
        <h4 id="ag-scope">{t('sectionScope')}</h4>
        <div className="grid grid--wide">
          <ListField form={f} path={['scope', 'deliverables']} label={t('fieldDeliverables')} />
          <ListField form={f} path={['scope', 'exclusions']} label={t('fieldExclusions')} />
          <NumberField form={f} path={['scope', 'revisionRounds']} label={t('fieldRevisionRounds')} />
        </div>
      </section>

      <section aria-labelledby="ag-hours">
        <h4 id="ag-hours">{t('sectionHours')}</h4>
        <WorkingHoursFields form={f} path={['hours']} />
      </section>

      <section aria-labelledby="ag-money">
        <h4 id="ag-money">{t('sectionMoney')}</h4>
        <div className="grid">
          <NumberField form={f} path={['money', 'fee']} label={t('fieldFee')} />
          <NumberField form={f} path={['money', 'hourlyRate']} label={t('fieldHourlyRate')} />
          <NumberField form={f} path={['money', 'changeRequestRate']} label={t('fieldChangeRequestRate')} />
          <NumberField form={f} path={['money', 'extraRoundRate']} label={t('fieldExtraRoundRate')} />
          <NumberField form={f} path={['money', 'rushFeePercent']} label={t('fieldRushFeePercent')} />
          <NumberField form={f} path={['money', 'depositPercent']} label={t('fieldDepositPercent')} />
          <NumberField form={f} path={['money', 'netDays']} label={t('fieldNetDays')} />
          <NumberField form={f} path={['money', 'lateFee', 'percentPerMonth']} label={t('fieldLateFeePercent')} />
          <NumberField form={f} path={['money', 'lateFee', 'fixed']} label={t('fieldLateFeeFixed')} />
          <NumberField form={f} path={['money', 'stopWorkAfterDays']} label={t('fieldStopWorkAfterDays')} />
        </div>
      </section>

      <RowsEditor
        form={f}
        path={['clientObligations']}
        legend={t('sectionObligations')}
        addLabel={t('addObligation')}
        rowName={(row, i) => String(row.what || i + 1)}
        newRow={() => ({ what: '' })}
      >
        {(i) => (
          <div className="grid">
            <TextField form={f} path={['clientObligations', i, 'what']} label={t('fieldWhat')} required />
            <TextField form={f} path={['clientObligations', i, 'due']} type="date" label={t('fieldDue')} />
            <NumberField form={f} path={['clientObligations', i, 'withinBusinessDays']} label={t('fieldWithinBusinessDays')} />
            <TextField form={f} path={['clientObligations', i, 'doneAt']} type="date" label={t('fieldDoneAt')} />
          </div>
        )}
      </RowsEditor>

      <RowsEditor
        form={f}
        path={['clauses']}
        legend={t('sectionClauses')}
        addLabel={t('addClause')}
        rowName={(row, i) => String(row.number || i + 1)}
        newRow={() => ({ number: '', text: '' })}
      >
        {(i) => (
          <div className="clause-row">
            <div className="clause-row__head">
              <TextField form={f} path={['clauses', i, 'number']} label={t('fieldClauseNumber')} required />
              <TextField form={f} path={['clauses', i, 'heading']} label={t('fieldClauseHeading')} />
            </div>
            <TextField form={f} path={['clauses', i, 'text']} label={t('fieldClauseText')} multiline required />
          </div>
        )}
      </RowsEditor>

      <RowsEditor
        form={f}
        path={['invoices']}
        legend={t('sectionInvoices')}
        addLabel={t('addInvoice')}
        rowName={(row, i) => String(row.number || i + 1)}
        newRow={() => ({ number: '', issuedAt: today() })}
      >
        {(i, row) => (
          <div className="grid">
            <TextField form={f} path={['invoices', i, 'number']} label={t('fieldInvoiceNumber')} required />
            <NumberField form={f} path={['invoices', i, 'amount']} label={t('fieldAmount')} required />
            <TextField form={f} path={['invoices', i, 'issuedAt']} type="date" label={t('fieldIssuedAt')} />
            <TextField form={f} path={['invoices', i, 'dueAt']} type="date" label={t('fieldDueAt')} />
            <TextField form={f} path={['invoices', i, 'paidAt']} type="date" label={t('fieldPaidAt')} />
            {row.paidAt ? null : (
              <div className="field field--action">
                <button
                  type="button"
                  className="btn btn--small"
                  aria-label={t('markPaidNamed', String(row.number || i + 1))}
                  onClick={() => f.set(['invoices', i, 'paidAt'], today())}
                >
                  {t('markPaid')}
                </button>
              </div>
            )}
          </div>
        )}
      </RowsEditor>

      <ProblemList form={f} />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary">
          {t('saveAgreement')}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          {t('cancel')}
        </button>
        {problemCount > 0 && form.dirty ? <span className="form-actions__count">{tn('problemCount', problemCount, problemCount)}</span> : null}
      </div>
    </form>
  );
}
