import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { db, type StoredClient } from '@/utils/agreements/db';
import type { Agreement } from '@/utils/agreements/schema';
import { capturedPageItem, type CapturedPage } from '../common/captured-page';
import { StorageErrorBoundary } from '../common/ErrorBoundary';
import { t } from '../common/i18n';
import { BackupSection } from './BackupSection';
import { CaptureIntake } from './CaptureIntake';
import { ClientsSection } from './ClientsSection';
import { NoticeBar } from './NoticeBar';
import { createNotify, type Notice } from './notify';
import { ProviderForm } from './ProviderForm';
import { persistAgreement, persistClient, persistProvider } from './store';
import { TemplatesSlot } from './TemplatesSlot';
import { newClientPrefillItem, type NewClientFromThread } from '@/utils/messaging';
import '../common/common.css';
import './options.css';

const SECTIONS = ['setup', 'clients', 'backup', 'templates'] as const;
type Section = (typeof SECTIONS)[number];

function sectionFromHash(): Section | null {
  const name = location.hash.replace(/^#/, '').split('/')[0];
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : null;
}

/** The options page: set-up, clients and agreements, backup, templates; the section lives in the URL hash. */
export function OptionsApp() {
  const [section, setSection] = useState<Section | null>(sectionFromHash);
  const [selectedClient, setSelectedClient] = useState<string | null>(() => location.hash.split('/')[1] || null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [captured, setCaptured] = useState<CapturedPage | null>(null);
  const notify = useMemo(() => createNotify(setNotice), []);
  const dismiss = useCallback(() => setNotice(null), []);
  const provider = useLiveQuery(async () => (await db.settings.get('provider'))?.value ?? null, []);


  useEffect(() => {
    const onHash = () => {
      setSection(sectionFromHash());
      setSelectedClient(location.hash.split('/')[1] || null);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  // The client list for a captured page's "whose agreement?" choice, read only while there is one to place.
  const clients = useLiveQuery<StoredClient[] | null>(async () => (captured ? db.clients.toArray() : null), [captured]);
  useEffect(() => {
    void capturedPageItem.getValue().then(setCaptured);
    return capturedPageItem.watch(setCaptured);
  }, []);
  // "Create client from this thread" in the Gmail panel leaves the sender here; it is used once, then cleared.
  const [newClient, setNewClient] = useState<NewClientFromThread | null>(null);
  useEffect(() => {
    const take = (value: NewClientFromThread | null) => {
      if (!value) return;
      setNewClient(value);
      location.hash = 'clients';
      void newClientPrefillItem.removeValue();
    };
    void newClientPrefillItem.getValue().then(take);
    return newClientPrefillItem.watch(take);
  }, []);

  // New users start at set-up (with a restore from backup beside it); everyone else at their clients. Decided once,
  // so an import made during onboarding does not pull the page away from its own report.
  const [onboarding, setOnboarding] = useState<boolean | null>(null);
  useEffect(() => {
    if (onboarding === null && provider !== undefined) setOnboarding(provider === null);
  }, [provider, onboarding]);
  const shown: Section = section ?? (onboarding ? 'setup' : 'clients');
  const go = (next: Section, client: string | null = null) => {
    location.hash = client ? `${next}/${encodeURIComponent(client)}` : next;
  };
  const discardCapture = () => void capturedPageItem.removeValue();
  const saveCaptured = async (agreement: Agreement, newClientName: string | null) => {
    const ok = await notify.run(async () => {
      if (newClientName) await persistClient({ id: agreement.clientId, name: newClientName, emails: [], domains: [] });
      await persistAgreement(agreement);
    }, t('savedAgreement', agreement.title));
    if (ok) {
      await capturedPageItem.removeValue();
      go('clients', agreement.clientId);
    }
    return ok;
  };

  return (
    <div className="options">
      <header className="options__header">
        <h1>
          Clausemate
        </h1>
        <nav aria-label={t('sectionsNav')}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#${s}`} aria-current={shown === s ? 'page' : undefined}>
                  {t(`nav_${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="options__main">
        <NoticeBar notice={notice} onDismiss={dismiss} onError={(text) => setNotice({ tone: 'error', text })} />
        <StorageErrorBoundary>
          {captured && clients ? (
            <CaptureIntake page={captured} clients={clients} onSave={saveCaptured} onDiscard={discardCapture} />
          ) : onboarding === null ? (
            <p role="status">{t('loading')}</p>
          ) : shown === 'setup' ? (
            <>
              <ProviderForm
                provider={provider ?? undefined}
                onSave={async (p) => {
                  const first = provider === null;
                  const ok = await notify.run(() => persistProvider(p), t('savedSettings'));
                  if (ok && first) go('clients');
                  return ok;
                }}
              />
              {onboarding ? <BackupSection mode="restore" /> : null}
            </>
          ) : shown === 'clients' ? (
            <ClientsSection
              notify={notify}
              selectedId={selectedClient}
              onSelect={(id) => go('clients', id)}
              prefill={newClient}
              onPrefillDone={() => setNewClient(null)}
            />
          ) : shown === 'backup' ? (
            <BackupSection />
          ) : (
            <TemplatesSlot notify={notify} />
          )}
        </StorageErrorBoundary>
      </main>
    </div>
  );
}
