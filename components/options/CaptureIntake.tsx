import { useId, useState } from 'react';
import type { StoredClient } from '@/utils/agreements/db';
import type { Agreement } from '@/utils/agreements/schema';
import type { CapturedPage } from '../common/captured-page';
import { t } from '../common/i18n';
import { AgreementEditor } from './AgreementEditor';
import { draftFromContractText } from './contract-draft';
import { newId } from './store';
import { PrefilledNotice } from './ContractSources';

const NEW_CLIENT = '__new__';

/**
 * A page captured from the popup, turned into a pre-filled agreement: the user says whose agreement it is (an
 * existing client, or a new one named here), checks the terms read from the page, and saves.
 */
export function CaptureIntake(props: {
  page: CapturedPage;
  clients: readonly StoredClient[];
  onSave: (agreement: Agreement, newClientName: string | null) => Promise<boolean>;
  onDiscard: () => void;
}) {
  const selectId = useId();
  const nameId = useId();
  const [clientId, setClientId] = useState(props.clients.length ? '' : NEW_CLIENT);
  const [newName, setNewName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [parsed] = useState(() => draftFromContractText(props.page.text, props.page.title));
  const [draft] = useState(() => ({ id: newId('a'), clientId: 'pending', status: 'active', ...parsed.fields }));
  const sorted = [...props.clients].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <section className="capture-intake" aria-labelledby="capture-heading">
      <h2 id="capture-heading">{t('captureHeading')}</h2>
      <p className="lead">{t('captureLead', props.page.title || props.page.url, props.page.url)}</p>
      <div className="grid grid--wide">
        <div className={`field${problem ? ' field--invalid' : ''}`}>
          <label htmlFor={selectId}>{t('captureClient')}</label>
          <select
            id={selectId}
            value={clientId}
            aria-invalid={problem && clientId === '' ? true : undefined}
            onChange={(e) => {
              setClientId(e.target.value);
              setProblem(null);
            }}
          >
            <option value="">{t('captureChooseClient')}</option>
            {sorted.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value={NEW_CLIENT}>{t('captureNewClient')}</option>
          </select>
        </div>
        {clientId === NEW_CLIENT ? (
          <div className={`field${problem ? ' field--invalid' : ''}`}>
            <label htmlFor={nameId}>{t('fieldClientName')}</label>
            <input id={nameId} type="text" value={newName} aria-invalid={problem ? true : undefined} onChange={(e) => setNewName(e.target.value)} />
          </div>
        ) : null}
      </div>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <AgreementEditor
        initial={draft}
        heading={t('newAgreement')}
        notice={<PrefilledNotice draft={parsed} />}
        onCancel={props.onDiscard}
        onSave={async (agreement) => {
          if (clientId === '') return setProblem(t('captureNeedClient'));
          if (clientId === NEW_CLIENT && !newName.trim()) return setProblem(t('captureNeedName'));
          const isNew = clientId === NEW_CLIENT;
          await props.onSave({ ...agreement, clientId: isNew ? newId('c') : clientId }, isNew ? newName.trim() : null);
        }}
      />
    </section>
  );
}
