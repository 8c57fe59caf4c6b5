import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../agreements/backup';
import { createDatabase, type ClausemateDatabase } from '../agreements/db';
import type { MailMessage, MailThread } from '../mail/thread';
import { analyzeThreadFromDb } from './analyze-from-db';

// The background's whole answer for one thread, against a real (fake-indexeddb) database filled from the demo backup.

const demo = JSON.parse(readFileSync('test/fixtures/backups/demo.json', 'utf8'));
const NOW = new Date('2026-11-24T09:30:00Z');

function message(overrides: Partial<MailMessage>): MailMessage {
  return {
    id: 'm1',
    from: { name: 'Daniel Price', email: 'daniel@northwind.io' },
    to: [{ name: 'Lucía Romero', email: 'lucia@romero.studio' }],
    sentAt: '2026-11-23T09:12:00.000Z',
    body: '',
    quoted: '',
    signature: '',
    attachments: [],
    fromMe: false,
    partial: false,
    ...overrides,
  };
}

function thread(messages: MailMessage[]): MailThread {
  return { id: 't1', subject: 'Re: Invoice INV-042', url: '', source: 'gmail', problems: [], messages };
}

describe('analyzeThreadFromDb', () => {
  let db: ClausemateDatabase;
  beforeEach(async () => {
    db = createDatabase(`analysis-${Math.random()}`);
    const report = await importBackup(db, demo);
    expect(report.ok).toBe(true);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('finds the client, recognises the payment delay, computes the overdue invoice and drafts a reply', async () => {
    const analysis = await analyzeThreadFromDb(
      db,
      {
        thread: thread([
          message({ id: 'm0', fromMe: true, from: { name: 'Lucía Romero', email: 'lucia@romero.studio' }, body: 'Hi Daniel, a friendly reminder: invoice INV-042 for EUR 2,400 was due on 15 October.' }),
          message({ body: "Thanks for the reminder. Cash is tight this month, so we'll pay the invoice next month. Hope that's OK." }),
        ]),
      },
      NOW,
    );
    expect(analysis.match).toMatchObject({ status: 'matched', by: 'email', client: { id: 'c-northwind' } });
    expect(analysis.messages).toHaveLength(1);
    const labels = analysis.messages[0]!.triage.labels;
    expect(labels.map((l) => l.kind)).toContain('payment_delay');
    expect(labels.find((l) => l.kind === 'payment_delay')!.evidence.join(' ')).toMatch(/pay the invoice next month/);
    const overdue = analysis.facts.find((f) => f.kind === 'invoice_overdue');
    expect(overdue).toMatchObject({ invoice: 'INV-042', overdueDays: 40, amount: 2400 });
    expect(analysis.clauses.map((c) => c.clause.number)).toContain('6.2');
    expect(analysis.drafts.length).toBeGreaterThanOrEqual(2);
    for (const draft of analysis.drafts) {
      expect(draft.lang).toBe('en');
      expect(draft.text).toContain('INV-042');
      expect(draft.text).not.toMatch(/\{\{/);
    }
  });

  it('says when the sender is no client, and still recognises the request', async () => {
    const analysis = await analyzeThreadFromDb(
      db,
      { thread: thread([message({ from: { name: 'Sam', email: 'sam@gmail.com' }, body: "We'll pay the invoice next month." })]) },
      NOW,
    );
    expect(analysis.match).toEqual({ status: 'none', email: 'sam@gmail.com', domain: 'gmail.com', publicDomain: true });
    expect(analysis.messages[0]!.triage.labels.map((l) => l.kind)).toContain('payment_delay');
  });

  it('keeps the panel quiet for a thread with only the provider’s own messages', async () => {
    const analysis = await analyzeThreadFromDb(
      db,
      { thread: thread([message({ fromMe: true, from: { name: 'Lucía', email: 'lucia@romero.studio' }, body: 'Hi!' })]) },
      NOW,
    );
    expect(analysis.messages).toEqual([]);
    expect(analysis.drafts).toEqual([]);
  });
});
