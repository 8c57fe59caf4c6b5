import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBackup, parseBackup } from '../../../utils/agreements/backup';
import { createDatabase, type ClausemateDatabase } from '../../../utils/agreements/db';
import { findClientForSender, matchClient, parseSender } from '../../../utils/agreements/match-client';
import { isPublicMailDomain } from '../../../utils/agreements/public-domains';
import type { Agreement, Client } from '../../../utils/agreements/schema';

const clients: Client[] = [
  { id: 'c-acme', name: 'Acme Retail', emails: ['ana@acme.com'], domains: ['acme.com'] },
  { id: 'c-acme-eu', name: 'Acme Europe', emails: [], domains: ['eu.acme.com'] },
  { id: 'c-wang', name: 'Wang Fang', emails: ['wang.fang@qq.com'], domains: [] },
  { id: 'c-bolt', name: 'Bolt', emails: ['ops@shared.io'], domains: ['bolt.dev'] },
  { id: 'c-bolt2', name: 'Bolt Labs', emails: ['ops@shared.io'], domains: ['bolt.dev'] },
  { id: 'c-gmail', name: 'Misconfigured', emails: [], domains: ['gmail.com'] },
];
const agreements: Agreement[] = [
  { id: 'a-old', clientId: 'c-acme', title: 'Logo', status: 'ended', start: '2025-01-01', clientObligations: [], clauses: [], invoices: [] },
  { id: 'a-web', clientId: 'c-acme', title: 'Website', status: 'active', start: '2026-09-01', clientObligations: [], clauses: [], invoices: [] },
  { id: 'a-draft', clientId: 'c-wang', title: '小程序', status: 'draft', clientObligations: [], clauses: [], invoices: [] },
];

describe('matchClient', () => {
  it('matches the exact address first, case-insensitively, with the active agreement', () => {
    const m = matchClient('Ana Ruiz <ANA@acme.com>', clients, agreements);
    expect(m).toMatchObject({ status: 'matched', by: 'email', client: { id: 'c-acme' }, agreement: { id: 'a-web' } });
  });
  it('then the domain, and a subdomain matches its parent', () => {
    expect(matchClient('pedro@acme.com', clients, agreements)).toMatchObject({ status: 'matched', by: 'domain', client: { id: 'c-acme' } });
    expect(matchClient('pedro@mail.acme.com', clients, agreements)).toMatchObject({ by: 'domain', client: { id: 'c-acme' } });
  });
  it('prefers the most specific domain a client claims', () => {
    expect(matchClient('jo@eu.acme.com', clients, agreements)).toMatchObject({ client: { id: 'c-acme-eu' }, agreement: null });
  });
  it('never matches by a public mail domain, even one a client lists', () => {
    expect(matchClient('someone@gmail.com', clients, agreements)).toEqual({
      status: 'none',
      email: 'someone@gmail.com',
      domain: 'gmail.com',
      publicDomain: true,
    });
    expect(matchClient('li.lei@qq.com', clients, agreements)).toMatchObject({ status: 'none', publicDomain: true });
  });
  it('still matches an exact address at a public domain, and falls back to a draft agreement', () => {
    expect(matchClient('wang.fang@qq.com', clients, agreements)).toMatchObject({ by: 'email', client: { id: 'c-wang' }, agreement: { id: 'a-draft' } });
  });
  it('shows ambiguity instead of guessing', () => {
    const byEmail = matchClient('ops@shared.io', clients, agreements);
    expect(byEmail.status).toBe('ambiguous');
    if (byEmail.status === 'ambiguous') expect(byEmail.candidates.map((c) => c.id)).toEqual(['c-bolt', 'c-bolt2']);
    expect(matchClient('x@bolt.dev', clients, agreements).status).toBe('ambiguous');
  });
  it('answers none for an unknown sender or something that is not an address', () => {
    expect(matchClient('x@unknown.org', clients, agreements)).toEqual({ status: 'none', email: 'x@unknown.org', domain: 'unknown.org', publicDomain: false });
    expect(matchClient('', clients, agreements).status).toBe('none');
    expect(matchClient('not an address', clients, agreements).status).toBe('none');
  });
});

describe('isPublicMailDomain', () => {
  it('knows the big providers in every country', () => {
    for (const d of ['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.es', 'hotmail.co.uk', 'live.com', 'msn.com',
      'yahoo.com', 'yahoo.es', 'yahoo.com.mx', 'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.de',
      'gmx.net', 'qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'yeah.net', 'aliyun.com', 'vip.qq.com']) {
      expect(isPublicMailDomain(d), d).toBe(true);
    }
  });
  it('does not flag company domains that merely contain a provider name', () => {
    for (const d of ['acme.com', 'live.acme.com', 'gmailtools.com', 'outlook-consulting.es', 'qq-design.cn']) {
      expect(isPublicMailDomain(d), d).toBe(false);
    }
  });
});

describe('parseSender', () => {
  it('reads a display-name address', () => {
    expect(parseSender('"Ruiz, Ana" <Ana@Acme.COM>')).toEqual({ email: 'ana@acme.com', domain: 'acme.com' });
  });
});

describe('findClientForSender (indexed)', () => {
  let db: ClausemateDatabase;
  beforeEach(async () => {
    db = createDatabase(`match-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('gives the same answers as matchClient over the stored data', async () => {
    const file = { format: 'clausemate/1', clients, agreements };
    expect((await importBackup(db, file)).ok).toBe(true);
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error('invalid');
    for (const sender of ['ANA@acme.com', 'pedro@mail.acme.com', 'jo@eu.acme.com', 'someone@gmail.com', 'wang.fang@qq.com',
      'li.lei@qq.com', 'ops@shared.io', 'x@bolt.dev', 'x@unknown.org', 'garbage']) {
      const fromDb = await findClientForSender(db, sender);
      const pure = matchClient(sender, parsed.backup.clients, parsed.backup.agreements);
      if (fromDb.status === 'ambiguous' && pure.status === 'ambiguous') {
        expect(fromDb.candidates.map((c) => c.id).sort(), sender).toEqual(pure.candidates.map((c) => c.id).sort());
      } else {
        expect(fromDb, sender).toEqual(pure);
      }
    }
  });

  it('finds the Acme agreement from the example backup', async () => {
    await importBackup(db, readFileSync(new URL('../../fixtures/backups/studio.json', import.meta.url), 'utf8'));
    const m = await findClientForSender(db, 'ana@acme.com');
    expect(m).toMatchObject({ status: 'matched', client: { name: 'Acme Retail' }, agreement: { id: 'a-acme-web' } });
    if (m.status === 'matched') expect('words' in m.client).toBe(false);
  });
});
