import type { ClausemateDatabase } from './db';
import { providerSchema, type Provider, type RequestCorrection, type Template } from './schema';

// What the background needs, besides the matched client, to analyse a thread: read in one transaction.

export interface Workspace {
  provider: Provider;
  templates: Template[];
  corrections: RequestCorrection[];
}

export const EMPTY_PROVIDER: Provider = { name: '' };

export async function loadProvider(db: ClausemateDatabase): Promise<Provider> {
  return (await db.settings.get('provider'))?.value ?? { ...EMPTY_PROVIDER };
}

/** Validates and saves the provider's settings; returns the problems instead when the form is not valid. */
export async function saveProvider(
  db: ClausemateDatabase,
  provider: unknown,
): Promise<{ ok: true; provider: Provider } | { ok: false; problems: { path: string; message: string }[] }> {
  const parsed = providerSchema.safeParse(provider);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  }
  await db.settings.put({ id: 'provider', value: parsed.data });
  return { ok: true, provider: parsed.data };
}

export async function loadWorkspace(db: ClausemateDatabase): Promise<Workspace> {
  return db.transaction('r', [db.settings, db.templates, db.corrections], async () => ({
    provider: await loadProvider(db),
    templates: await db.templates.toArray(),
    corrections: await db.corrections.toArray(),
  }));
}
