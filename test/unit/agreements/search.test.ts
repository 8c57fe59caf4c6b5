import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBackup } from '../../../utils/agreements/backup';
import { createDatabase, type ClausemateDatabase } from '../../../utils/agreements/db';
import { deleteClient, saveAgreement, saveClient, undoDelete } from '../../../utils/agreements/repository';
import { searchAgreements, searchNeedles, type SearchHit } from '../../../utils/agreements/search';
import { rebuildSearchIndex } from '../../../utils/agreements/search-index';
import { indexTokens, matchRanges } from '../../../utils/agreements/text-index';

let db: ClausemateDatabase;
beforeAll(async () => {
  db = createDatabase(`search-${Math.random()}`);
  await db.open();
  const report = await importBackup(db, readFileSync(new URL('../../fixtures/backups/studio.json', import.meta.url), 'utf8'));
  expect(report.ok).toBe(true);
});
afterAll(async () => {
  await db.delete();
});

const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));
const clauseNumbers = (hits: SearchHit[]) => hits.flatMap((h) => h.clauses.map((c) => c.clause.number));

describe('searchAgreements', () => {
  it('finds a client by the start of its name, and shows its active agreement', async () => {
    const hits = await searchAgreements(db, 'acm');
    expect(hits[0]).toMatchObject({ client: { id: 'c-acme' }, agreement: { id: 'a-acme-web' } });
    expect(marked(hits[0]!.client.name, hits[0]!.clientRanges)).toEqual(['Acm']);
    // Two letters span several index buckets; one letter only matches a one-letter word.
    expect((await searchAgreements(db, 'ac')).map((h) => h.client.id)).toContain('c-acme');
    expect(await searchAgreements(db, 'q')).toEqual([]);
  });

  it('finds clause text and marks the words, accents folded', async () => {
    const hits = await searchAgreements(db, 'late fee');
    const late = hits.flatMap((h) => h.clauses).find((c) => c.clause.number === '6.2')!;
    expect(late).toBeDefined();
    expect(marked(late.clause.heading!, late.headingRanges)).toEqual(['Late payment']);
    expect(hits[0]!.terms).toContain('payment');
  });

  it('answers a Spanish word with the English clause and the key term ("horario")', async () => {
    const hits = await searchAgreements(db, 'horario');
    expect(hits[0]).toMatchObject({ client: { id: 'c-acme' }, agreement: { id: 'a-acme-web' } });
    expect(hits[0]!.terms).toEqual(['hours']);
    const hours = hits[0]!.clauses.find((c) => c.clause.number === '3.1')!;
    expect(marked(hours.clause.heading!, hours.headingRanges)).toEqual(['Working hours']);
  });

  it('finds "revisión" with or without its accent, in both languages', async () => {
    for (const q of ['revisión', 'revision', 'REVISIONES']) {
      expect(clauseNumbers(await searchAgreements(db, q)), q).toEqual(expect.arrayContaining(['4.2', '第五条']));
    }
  });

  it('answers a Chinese word with the English clause too', async () => {
    expect(clauseNumbers(await searchAgreements(db, '修改'))).toEqual(expect.arrayContaining(['4.2', '第五条']));
  });

  it('matches Chinese without spaces, by substring', async () => {
    const hits = await searchAgreements(db, '三轮');
    expect(clauseNumbers(hits)).toEqual(['第五条']);
    const c = hits[0]!.clauses[0]!;
    expect(marked(c.clause.text, c.textRanges)).toEqual(['三轮']);
    expect((await searchAgreements(db, '莲花'))[0]).toMatchObject({ client: { id: 'c-lotus' }, clientRanges: [[0, 2]] });
  });

  it('needs every word of the query', async () => {
    expect(clauseNumbers(await searchAgreements(db, 'rounds billed'))).toEqual(['4.2']);
    expect(await searchAgreements(db, 'rounds zebra')).toEqual([]);
  });

  it('finds an address or a domain', async () => {
    expect((await searchAgreements(db, 'wang.fang@qq'))[0]).toMatchObject({ client: { id: 'c-lotus' } });
    expect((await searchAgreements(db, 'lotus-tech'))[0]).toMatchObject({ client: { id: 'c-lotus' } });
  });

  it('shows a change made in the options at once', async () => {
    expect(await searchAgreements(db, 'northwind')).toEqual([]);
    expect((await saveClient(db, { id: 'c-nw', name: 'Northwind Traders', emails: [], domains: [] })).ok).toBe(true);
    expect((await saveAgreement(db, { id: 'a-nw', clientId: 'c-nw', title: 'Catalogue', clauses: [{ number: '1', text: 'Kill fee: 30%.' }] })).ok).toBe(true);
    expect((await searchAgreements(db, 'northwind'))[0]).toMatchObject({ client: { id: 'c-nw' }, agreement: { id: 'a-nw' } });
    expect(clauseNumbers(await searchAgreements(db, 'kill fee'))).toEqual(['1']);
  });

  it('forgets words an edit removed, and a deleted client, until the delete is undone', async () => {
    await saveClient(db, { id: 'c-ed', name: 'Edith Works', emails: [], domains: [] });
    await saveAgreement(db, { id: 'a-ed', clientId: 'c-ed', title: 'Mural', clauses: [{ number: '1', text: 'Scaffolding is provided by the client.' }] });
    expect(clauseNumbers(await searchAgreements(db, 'scaffolding'))).toEqual(['1']);
    await saveAgreement(db, { id: 'a-ed', clientId: 'c-ed', title: 'Mural', clauses: [{ number: '1', text: 'Ladders are provided by the client.' }] });
    expect(await searchAgreements(db, 'scaffolding')).toEqual([]);
    expect(clauseNumbers(await searchAgreements(db, 'ladders'))).toEqual(['1']);
    const deleted = await deleteClient(db, 'c-ed');
    expect(await searchAgreements(db, 'ladders')).toEqual([]);
    expect(await searchAgreements(db, 'edith')).toEqual([]);
    await undoDelete(db, deleted);
    expect((await searchAgreements(db, 'edith'))[0]).toMatchObject({ client: { id: 'c-ed' }, agreement: { id: 'a-ed' } });
    expect((await db.postings.get('sca'))?.tokens.scaffolding).toBeUndefined();
  });

  it('returns nothing for an empty or odd query, without throwing', async () => {
    for (const q of ['', '   ', '!!!', '%', '\u0000', 'a'.repeat(5000)]) expect(Array.isArray(await searchAgreements(db, q))).toBe(true);
    expect(await searchAgreements(db, '')).toEqual([]);
  });

  it('marks exactly what matchRanges marks for the query’s words, in plain and in accented or Chinese text', async () => {
    for (const q of ['late fee', 'horario', 'revisión', '修改', 'acme', 'rounds billed', 'pago']) {
      const needles = searchNeedles(q);
      const hits = await searchAgreements(db, q);
      expect(hits.length, q).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.clientRanges, q).toEqual(matchRanges(hit.client.name, needles));
        if (hit.agreement) expect(hit.titleRanges, q).toEqual(matchRanges(hit.agreement.title, needles));
        for (const c of hit.clauses) {
          expect(c.headingRanges, q).toEqual(c.clause.heading ? matchRanges(c.clause.heading, needles) : []);
          expect(c.textRanges, q).toEqual(matchRanges(c.clause.text, needles));
        }
      }
    }
  });

  it('gives the words to highlight elsewhere, with the concept’s other languages', () => {
    expect(searchNeedles('horario')).toEqual(expect.arrayContaining(['horario', 'working hours', '工作时间']));
  });
});

describe('indexTokens', () => {
  it('keeps words whole, folds accents and case, and gives Chinese runs their characters and bigrams', () => {
    expect(indexTokens('INV-42 Revisión x_y ana@acme.com')).toEqual(['inv', '42', 'revision', 'x', 'y', 'ana', 'acme', 'com']);
    expect(indexTokens('第5条修改abc科技')).toEqual(['第', '5', '条', '修', '条修', '改', '修改', 'abc', '科', '技', '科技']);
    expect(indexTokens('（北京时间）€ 1,5 %')).toEqual(['北', '京', '北京', '时', '京时', '间', '时间', '1', '5']);
  });
});

describe('the search index on import', () => {
  it('touches no posting when the same backup is imported again, and follows a changed clause', async () => {
    const other = createDatabase(`search-reimport-${Math.random()}`);
    await other.open();
    const file = JSON.parse(readFileSync(new URL('../../fixtures/backups/studio.json', import.meta.url), 'utf8'));
    await importBackup(other, file);
    let writes = 0;
    const original = other.postings.bulkPut.bind(other.postings);
    other.postings.bulkPut = ((...args: Parameters<typeof original>) => {
      writes++;
      return original(...args);
    }) as typeof original;
    await importBackup(other, file);
    expect(writes).toBe(0);
    file.agreements[0].clauses[2].text = 'The fee includes two rounds of amendments.';
    await importBackup(other, file);
    expect(writes).toBe(1);
    other.postings.bulkPut = original;
    expect(clauseNumbers(await searchAgreements(other, 'amendments'))).toEqual(['4.2']);
    expect(clauseNumbers(await searchAgreements(other, 'billed'))).toEqual([]);
    await other.delete();
  });

  it('can be rebuilt from the records alone', async () => {
    const other = createDatabase(`search-rebuild-${Math.random()}`);
    await other.open();
    await importBackup(other, readFileSync(new URL('../../fixtures/backups/studio.json', import.meta.url), 'utf8'));
    const before = await other.postings.toArray();
    await other.postings.clear();
    expect(await searchAgreements(other, 'revisions')).toEqual([]);
    await rebuildSearchIndex(other);
    const after = await other.postings.toArray();
    const norm = (rows: { key: string; tokens: Record<string, string> }[]) =>
      rows.flatMap((r) => Object.entries(r.tokens).map(([k, ids]) => [r.key, k, ids.split('\u0000').sort()])).sort();
    expect(norm(after)).toEqual(norm(before));
    await other.delete();
  });
});
