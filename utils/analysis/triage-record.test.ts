import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../agreements/backup';
import { parseAddress, triageRecord } from './triage-record';

const parsed = parseBackup(JSON.parse(readFileSync('test/fixtures/backups/demo.json', 'utf8')));
if (!parsed.ok) throw new Error('demo backup must be valid');
const backup = parsed.backup;
const now = new Date('2026-11-24T10:00:00Z');

describe('triageRecord (one line of npm run triage)', () => {
  it('classifies only the new text, not the quoted history', () => {
    const out = triageRecord(
      {
        id: 'q1',
        text: 'Sounds good, thanks!\n\nOn Fri, Nov 20, 2026 at 10:02 AM Lucía <lucia@romero.studio> wrote:\n> We will pay next month, sorry.',
        sentAt: '2026-11-23T10:00:00+01:00',
      },
      { now },
    );
    expect(out.body).toBe('Sounds good, thanks!');
    expect(out.labels).toEqual([]);
  });

  it('matches the sender to a client with --agreements and adds drafts with --drafts', () => {
    const out = triageRecord(
      { id: 'd1', from: 'Ana Torres <ana@acme.com>', text: 'Hola Lucía, este mes no podemos, pagaremos la factura el mes que viene. Saludos, Ana', sentAt: '2026-11-23T10:12:00+01:00' },
      { now, backup, drafts: true },
    );
    expect(out.client).toBe('c-acme');
    expect(out.agreement).toBe('a-acme-tienda');
    expect(out.lang).toBe('es');
    expect(out.labels.map((l) => l.kind)).toContain('payment_delay');
    expect(out.facts.some((f) => f.kind === 'invoice_overdue' && f.invoice === 'F-2026-118')).toBe(true);
    expect(out.drafts!.length).toBeGreaterThan(0);
    expect(out.drafts![0]!.lang).toBe('es');
    expect(out.drafts![0]!.text).toContain('F-2026-118');
    expect(out.drafts![0]!.options.length).toBeGreaterThanOrEqual(2);
  });

  it('uses the working hours given on the line for after-hours urgency', () => {
    const text = 'URGENT: the site is down, I need you to fix it right now, tonight.';
    const late = triageRecord(
      { id: 'h1', text, sentAt: '2026-11-28T02:13:00+01:00', workingHours: { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' } },
      { now },
    );
    expect(late.labels.map((l) => l.kind)).toContain('after_hours_urgency');
  });

  it('reads "Name <address>" and bare addresses', () => {
    expect(parseAddress('"Price, Daniel" <Daniel@Northwind.io>')).toEqual({ name: 'Price, Daniel', email: 'daniel@northwind.io' });
    expect(parseAddress('ana@acme.com')).toEqual({ name: 'ana', email: 'ana@acme.com' });
  });
});
