import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../../utils/agreements/backup';
import { createDatabase, type ClausemateDatabase } from '../../../utils/agreements/db';
import { loadWorkspace, saveProvider } from '../../../utils/agreements/workspace';

let db: ClausemateDatabase;
beforeEach(async () => {
  db = createDatabase(`ws-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('loadWorkspace', () => {
  it('gives an empty provider and no templates on a fresh install', async () => {
    expect(await loadWorkspace(db)).toEqual({ provider: { name: '' }, templates: [], corrections: [] });
  });
  it('gives the saved provider, templates and corrections', async () => {
    await importBackup(db, {
      format: 'clausemate/1',
      templates: [{ id: 't', kind: 'scope_change', lang: 'es', tone: 'firm', text: 'Hola' }],
      requests: [{ id: 'r', text: 'x', kind: 'scope_change', verdict: 'wrong', at: '2026-11-01T00:00:00Z' }],
    });
    expect(await saveProvider(db, { name: 'Lucía', timezone: 'Europe/Madrid' })).toMatchObject({ ok: true });
    const ws = await loadWorkspace(db);
    expect(ws.provider).toEqual({ name: 'Lucía', timezone: 'Europe/Madrid' });
    expect(ws.templates.map((t) => t.id)).toEqual(['t']);
    expect(ws.corrections.map((c) => c.id)).toEqual(['r']);
  });
  it('refuses an invalid provider with the field that is wrong', async () => {
    expect(await saveProvider(db, { name: 'L', timezone: 'Mars/Base' })).toEqual({
      ok: false,
      problems: [{ path: 'timezone', message: 'expected an IANA time zone such as Europe/Madrid' }],
    });
  });
});
