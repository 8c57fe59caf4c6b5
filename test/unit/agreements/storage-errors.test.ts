import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../utils/agreements/db';
import { describeStorageError, watchStorage, type StorageProblem } from '../../../utils/agreements/storage-errors';

describe('describeStorageError', () => {
  it('says the disk is full for a quota error, raw or wrapped by Dexie', () => {
    const raw = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(describeStorageError(raw).code).toBe('quota');
    expect(describeStorageError(new Dexie.AbortError('aborted', raw))).toMatchObject({ code: 'quota', message: expect.stringMatching(/no room left/) });
  });
  it('asks to reload when another tab upgraded the database', () => {
    expect(describeStorageError(new Dexie.DatabaseClosedError(new Dexie.VersionChangeError('changed'))).message).toMatch(/updated in another tab/);
  });
  it('says to update for a database from a newer version', () => {
    expect(describeStorageError(new DOMException('x', 'VersionError')).code).toBe('version');
  });
  it('gives a plain message for anything else, or nothing at all', () => {
    expect(describeStorageError(new Error('boom')).message).toBe('Saving or reading your agreements failed (boom). Nothing was changed.');
    expect(describeStorageError(undefined).code).toBe('unknown');
    expect(describeStorageError('weird').code).toBe('unknown');
  });
});

describe('watchStorage', () => {
  it('tells the user when an old tab blocks the upgrade', async () => {
    const name = `blocked-${Math.random()}`;
    // An old page holding version 1 open and ignoring requests to close: what a stale tab does.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const db = createDatabase(name);
    const problems: StorageProblem[] = [];
    const stop = watchStorage(db, (p) => problems.push(p));
    const opening = db.open().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    expect(problems.map((p) => p.code)).toContain('blocked');
    expect(problems[0]!.message).toMatch(/another Clausemate tab/);
    old.close();
    await opening;
    stop();
    await db.delete();
  });
});
