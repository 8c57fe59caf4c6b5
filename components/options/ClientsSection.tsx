import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db, type StoredAgreement } from '@/utils/agreements/db';
import type { Agreement, Client } from '@/utils/agreements/schema';
import { t } from '../common/i18n';
import { ClientDetail } from './ClientDetail';
import type { NewClientFromThread } from '@/utils/messaging';
import { ClientEditor } from './ClientEditor';
import { ClientList } from './ClientList';
import { newId, setInvoicePaid, persistAgreement, persistClient, removeAgreement, removeClient, undoRemoval, type Deleted } from './store';
import type { Notify } from './notify';

/** Clients and their agreements: the list on one side, the chosen client on the other. */
export function ClientsSection({
  notify,
  selectedId,
  onSelect,
  prefill = null,
  onPrefillDone,
}: {
  notify: Notify;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** A new client to open pre-filled ("Create client from this thread" in the Gmail panel). */
  prefill?: NewClientFromThread | null;
  onPrefillDone?: () => void;
}) {
  const clients = useLiveQuery(() => db.clients.toArray(), []);
  // Counts come from the clientId index alone, and only the chosen client's agreements are read whole: with
  // 10,000 agreements and their invoices, loading them all would stall the page.
  const agreementClientIds = useLiveQuery(() => db.agreements.orderBy('clientId').keys(), []);
  const theirs = useLiveQuery(
    () => (selectedId ? db.agreements.where('clientId').equals(selectedId).toArray() : []),
    [selectedId],
  );
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const id of agreementClientIds ?? []) map.set(String(id), (map.get(String(id)) ?? 0) + 1);
    return map;
  }, [agreementClientIds]);
  const [adding, setAdding] = useState(Boolean(prefill));
  const newClient = useMemo(
    () => ({
      id: newId('c'),
      name: prefill?.name ?? '',
      emails: prefill?.email ? [prefill.email] : [],
      domains: prefill?.domain ? [prefill.domain] : [],
    }),
    [adding, prefill], // eslint-disable-line react-hooks/exhaustive-deps
  );
  useEffect(() => {
    if (prefill) setAdding(true);
  }, [prefill]);
  const selected = clients?.find((c) => c.id === selectedId) ?? null;
  useEffect(() => {
    if (selectedId) setAdding(false);
  }, [selectedId]);
  useEffect(() => {
    if (!adding && prefill) onPrefillDone?.();
  }, [adding]); // eslint-disable-line react-hooks/exhaustive-deps

  if (clients === undefined || agreementClientIds === undefined) return <p role="status">{t('loading')}</p>;

  const onSaveClient = async (client: Client) => {
    const ok = await notify.run(() => persistClient(client), t('savedClient', client.name));
    if (ok) onSelect(client.id);
    return ok;
  };
  const onSaveAgreement = (agreement: Agreement) => notify.run(() => persistAgreement(agreement), t('savedAgreement', agreement.title));
  // Deletes hand back what they removed; Undo puts exactly that back.
  const remove = async (del: () => Promise<Deleted>, message: string, after?: () => void) => {
    let deleted: Deleted | undefined;
    if (!(await notify.run(async () => void (deleted = await del())))) return;
    after?.();
    const snapshot = deleted!;
    notify.undoable(message, async () => {
      await undoRemoval(snapshot);
      if (snapshot.clients[0]) onSelect(snapshot.clients[0].id);
    });
  };
  const onDeleteClient = () => {
    if (selected) void remove(() => removeClient(selected.id), t('deletedClient', selected.name), () => onSelect(null));
  };
  const onDeleteAgreement = (agreement: StoredAgreement) => void remove(() => removeAgreement(agreement.id), t('deletedAgreement', agreement.title));

  const onMarkPaid = async (agreement: StoredAgreement, invoice: string) => {
    const today = new Date().toISOString().slice(0, 10);
    if (await notify.run(() => setInvoicePaid(agreement.id, invoice, today))) {
      notify.undoable(t('invoiceMarkedPaid', invoice, today), () => setInvoicePaid(agreement.id, invoice, null));
    }
  };

  return (
    <section className="clients" aria-labelledby="clients-heading">
      <h2 id="clients-heading" className="visually-hidden">
        {t('clientsHeading')}
      </h2>
      <ClientList
        clients={clients}
        agreementCounts={counts}
        selectedId={selectedId}
        onSelect={onSelect}
        onAdd={() => {
          onSelect(null);
          setAdding(true);
        }}
      />
      <div className="clients__main">
        {adding ? (
          <div className="client-detail">
            <h2>{t('newClient')}</h2>
            <ClientEditor initial={newClient} isNew onSave={onSaveClient} onCancel={() => setAdding(false)} />
          </div>
        ) : selected && theirs === undefined ? (
          <p role="status">{t('loading')}</p>
        ) : selected ? (
          <ClientDetail
            key={selected.id}
            client={selected}
            agreements={theirs ?? []}
            onSaveClient={onSaveClient}
            onDeleteClient={onDeleteClient}
            onSaveAgreement={onSaveAgreement}
            onDeleteAgreement={onDeleteAgreement}
            onMarkPaid={(a, invoice) => void onMarkPaid(a, invoice)}
          />
        ) : (
          <p className="clients__empty">{clients.length ? t('chooseClient') : t('noClientsYet')}</p>
        )}
      </div>
    </section>
  );
}
