import type Dexie from 'dexie';

// IndexedDB failures in words a user can act on. Dexie wraps the browser's DOMException; both carry a `name`.

export interface StorageProblem {
  code: 'quota' | 'blocked' | 'version' | 'closed' | 'unavailable' | 'constraint' | 'unknown';
  message: string;
}

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const rec = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof rec.name === 'string') names.push(rec.name);
    e = rec.inner ?? rec.cause;
  }
  return names;
}

const BLOCKED: StorageProblem = {
  code: 'blocked',
  message:
    'Clausemate is updating its database but another Clausemate tab or window still has the old one open. Close the other Clausemate pages (options, popup) and reload this one.',
};

const CHANGED_ELSEWHERE: StorageProblem = {
  code: 'closed',
  message: 'Clausemate was updated in another tab, so this page closed its database. Reload this page.',
};

/**
 * Reports the problems that arrive as events rather than as a failed call: an upgrade blocked by an older tab, and
 * this page's database closed because another tab upgraded it. Returns the function that stops listening.
 */
export function watchStorage(db: Dexie, onProblem: (problem: StorageProblem) => void): () => void {
  const blocked = () => onProblem(BLOCKED);
  const changed = () => {
    // Closing lets the other tab's upgrade go on; this page can only reload.
    db.close();
    onProblem(CHANGED_ELSEWHERE);
    return false;
  };
  db.on('blocked', blocked);
  db.on('versionchange', changed);
  return () => {
    db.on('blocked').unsubscribe(blocked);
    db.on('versionchange').unsubscribe(changed);
  };
}

/** What to tell the user when a read or write of their agreements fails. Never throws. */
export function describeStorageError(error: unknown): StorageProblem {
  const names = namesOf(error);
  const has = (...n: string[]) => names.some((x) => n.includes(x));
  if (has('QuotaExceededError')) {
    return {
      code: 'quota',
      message:
        'The browser has no room left to save your agreements. Free some disk space or remove unused data, then try again; nothing was changed.',
    };
  }
  if (has('BlockedError')) return BLOCKED;
  if (has('VersionChangeError')) return CHANGED_ELSEWHERE;
  if (has('VersionError', 'UpgradeError')) {
    return {
      code: 'version',
      message:
        'This database was written by a newer version of Clausemate. Update the extension, or import a backup into a fresh profile.',
    };
  }
  if (has('DatabaseClosedError', 'InvalidStateError')) {
    return { code: 'closed', message: 'The database was closed by the browser. Reload this page to reopen it.' };
  }
  if (has('MissingAPIError', 'OpenFailedError', 'UnknownError', 'SecurityError')) {
    return {
      code: 'unavailable',
      message:
        'The browser refused to open Clausemate’s storage (private window, disabled site data, or a damaged profile). Your data cannot be read or saved here.',
    };
  }
  if (has('ConstraintError')) {
    return { code: 'constraint', message: 'A record with the same id already exists; nothing was changed.' };
  }
  const detail = error instanceof Error && error.message ? ` (${error.message.slice(0, 200)})` : '';
  return { code: 'unknown', message: `Saving or reading your agreements failed${detail}. Nothing was changed.` };
}
