import { useState, type ReactNode } from 'react';
import type { StoredAgreement, StoredClient } from '@/utils/agreements/db';
import type { Agreement, Client } from '@/utils/agreements/schema';
import { activeAgreementOf } from '@/utils/agreements/match-client';
import { Banner } from '../common/Banner';
import { KeyTermsCard } from '../common/KeyTermsCard';
import { t, tn } from '../common/i18n';
import { AgreementEditor } from './AgreementEditor';
import { ClientEditor } from './ClientEditor';
import { ConfirmButton } from './ConfirmButton';
import { ContractPaste } from './ContractPaste';
import { PrefilledNotice } from './ContractSources';
import { UnpaidInvoices } from './UnpaidInvoices';
import { editable, newId } from './store';

type Editing = { kind: 'none' } | { kind: 'agreement'; initial: Record<string, unknown>; notice?: ReactNode; isNew: boolean } | { kind: 'paste' };

/** One client: their details, their agreements as key-terms cards, and the agreement being edited or pasted. */
export function ClientDetail(props: {
  client: StoredClient;
  agreements: readonly StoredAgreement[];
  onSaveClient: (client: Client) => Promise<boolean>;
  onDeleteClient: () => void;
  onSaveAgreement: (agreement: Agreement) => Promise<boolean>;
  onDeleteAgreement: (agreement: StoredAgreement) => void;
  onMarkPaid: (agreement: StoredAgreement, invoice: string) => void;
}) {
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const blank = () => ({ id: newId('a'), clientId: props.client.id, title: '', status: 'active' });
  const close = () => setEditing({ kind: 'none' });
  // The agreement replies are drafted from, chosen as the matcher chooses it; worth saying when several are active.
  const inUse = activeAgreementOf(props.client.id, [...props.agreements]);
  return (
    <div className="client-detail">
      <header className="client-detail__head">
        <h2>{props.client.name}</h2>
        <ConfirmButton
          label={t('deleteClient')}
          accessibleName={t('deleteNamed', props.client.name)}
          question={tn('deleteClientQuestion', props.agreements.length, props.client.name, props.agreements.length)}
          onConfirm={props.onDeleteClient}
        />
      </header>
      <ClientEditor initial={editable(props.client)} isNew={false} onSave={props.onSaveClient} onCancel={() => undefined} />

      <section className="agreements" aria-labelledby="agreements-heading">
        <h3 id="agreements-heading">{t('agreementsHeading')}</h3>
        {props.agreements.length === 0 ? <p>{t('noAgreements')}</p> : null}
        {inUse && props.agreements.filter((a) => a.status === 'active').length > 1 ? (
          <Banner tone="info">{t('severalActive', inUse.title)}</Banner>
        ) : null}
        <ul className="agreements__list">
          {props.agreements.map((a) => (
            <li key={a.id} className="agreements__item">
              <KeyTermsCard agreement={a} />
              <p className="agreements__counts">
                {t('agreementCounts', a.clauses.length, a.invoices.length, a.invoices.filter((i) => !i.paidAt).length)}
              </p>
              <UnpaidInvoices agreement={a} onMarkPaid={props.onMarkPaid} />
              <div className="agreements__actions">
                <button
                  type="button"
                  className="btn btn--small"
                  aria-label={t('editNamed', a.title)}
                  onClick={() => setEditing({ kind: 'agreement', initial: editable(a), isNew: false })}
                >
                  {t('edit')}
                </button>
                <ConfirmButton
                  label={t('delete')}
                  accessibleName={t('deleteNamed', a.title)}
                  question={t('deleteAgreementQuestion', a.title)}
                  onConfirm={() => props.onDeleteAgreement(a)}
                />
              </div>
            </li>
          ))}
        </ul>
        {editing.kind === 'none' ? (
          <div className="form-actions">
            <button type="button" className="btn btn--primary" onClick={() => setEditing({ kind: 'agreement', initial: blank(), isNew: true })}>
              {t('addAgreement')}
            </button>
            <button type="button" className="btn" onClick={() => setEditing({ kind: 'paste' })}>
              {t('pasteContract')}
            </button>
          </div>
        ) : null}
        {editing.kind === 'paste' ? (
          <ContractPaste
            onCancel={close}
            onParsed={(draft) =>
              setEditing({
                kind: 'agreement',
                initial: { ...blank(), ...draft.fields },
                notice: <PrefilledNotice draft={draft} />,
                isNew: true,
              })
            }
          />
        ) : null}
        {editing.kind === 'agreement' ? (
          <AgreementEditor
            key={String(editing.initial.id)}
            initial={editing.initial}
            heading={editing.isNew ? t('newAgreement') : t('editAgreement')}
            notice={editing.notice}
            onCancel={close}
            onSave={async (agreement) => {
              if (await props.onSaveAgreement(agreement)) close();
            }}
          />
        ) : null}
      </section>
    </div>
  );
}
