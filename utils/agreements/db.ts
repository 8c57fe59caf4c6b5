import Dexie, { type EntityTable } from 'dexie';
import type { Agreement, Client, Provider, RequestCorrection, Template } from './schema';

// The extension's one database, in the extension's origin (background, popup, options). Every version() stays
// declared for as long as a user might still have it; a version gets an upgrade() only when data changes shape.
// Clients keep their addresses and domains lower-cased so the multi-entry indexes answer a sender lookup, and both
// the popup search keeps an inverted index in `postings`: one row per search key with the ids of the records whose
// text holds it (see search-index.ts). A multi-entry index over every word of every clause was tried first: at
// 10,000 agreements it made a bulk write some 15 times slower, so the key lists are kept by hand instead.

export const DATABASE_NAME = 'clausemate';

/** `words` is not stored any more; the optional field only keeps older callers that pass `words: []` compiling. */
export type StoredClient = Client & { words?: string[] };
export type StoredAgreement = Agreement & { words?: string[] };
/** One bucket of the search index: search keys ("revision", "付款", "~hours") → the records holding them, joined by U+0000. */
export interface PostingRow {
  key: string;
  tokens: Record<string, string>;
}
export interface SettingRow {
  id: 'provider';
  value: Provider;
}

/**
 * Version 1's tables and indexes. Never edit a released version in place: add `version(2)` with its changes (and an
 * upgrade() if records change shape); the migration test fills this exact schema and opens it with the current one.
 */
export const SCHEMA_V1 = {
  settings: 'id',
  clients: 'id, *emails, *domains, name',
  agreements: 'id, clientId, status',
  postings: 'key',
  digests: 'ref',
  templates: 'id, kind, lang',
  corrections: 'id, kind, at',
} as const;

export const CURRENT_VERSION = 1;

/**
 * One bucket of digests (`ref` is the bucket name): per record, "<search-text digest>/<record digest>" as it was last
 * written through prepareIndexUpdate. A write that bypasses it must clear this table (rebuildSearchIndex does). One more
 * row, `ref: 'generation'`, holds a token that every index update changes: the popup's search cache lives by it.
 */
export interface DigestRow {
  ref: string;
  digests: Record<string, string>;
}

export class ClausemateDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'id'>;
  clients!: EntityTable<StoredClient, 'id'>;
  agreements!: EntityTable<StoredAgreement, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  corrections!: EntityTable<RequestCorrection, 'id'>;
  postings!: EntityTable<PostingRow, 'key'>;
  digests!: EntityTable<DigestRow, 'ref'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}

/** A database of another name: for tests (fake-indexeddb is loaded in the unit setup) and the benchmark. */
export function createDatabase(name: string, options?: ConstructorParameters<typeof Dexie>[1]): ClausemateDatabase {
  return new ClausemateDatabase(name, options);
}

export const db = new ClausemateDatabase();
