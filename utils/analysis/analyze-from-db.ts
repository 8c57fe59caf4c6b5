import type { ClausemateDatabase } from '../agreements/db';
import { findClientForSender } from '../agreements/match-client';
import { loadWorkspace } from '../agreements/workspace';
import type { AnalyzeThreadRequest } from '../messaging';
import type { ClientMatch, ThreadAnalysis } from './analysis';
import { analyzeThread } from './analyze-thread';

/** The background's answer to the panel: the thread's client found through the indexes, then the pure analysis. */
export async function analyzeThreadFromDb(
  db: ClausemateDatabase,
  request: AnalyzeThreadRequest,
  now = new Date(),
): Promise<ThreadAnalysis> {
  const { thread } = request;
  const sender = thread.messages.filter((m) => !m.fromMe).at(-1)?.from.email;
  const [match, workspace] = await Promise.all([
    sender ? findClientForSender(db, sender) : Promise.resolve<ClientMatch>(noSender()),
    loadWorkspace(db),
  ]);
  return analyzeThread(thread, { ...workspace, match: withoutSearchKeys(match), now, tone: request.tone, lang: request.lang });
}

function noSender(): ClientMatch {
  return { status: 'none', email: '', domain: '', publicDomain: false };
}

/** Stored records carry search keys the panel has no use for; keep the message to the content script small. */
function withoutSearchKeys(match: ClientMatch): ClientMatch {
  const strip = <T extends object>(record: T): T => {
    const { words: _words, ...rest } = record as T & { words?: unknown };
    return rest as T;
  };
  if (match.status === 'matched') {
    return { ...match, client: strip(match.client), agreement: match.agreement && strip(match.agreement) };
  }
  if (match.status === 'ambiguous') return { ...match, candidates: match.candidates.map(strip) };
  return match;
}
