import type { Agreement, Clause, Client, Provider } from '../agreements/schema';
import type { Draft } from '../drafting/draft';
import type { Person } from '../mail/thread';
import type { Fact, TriageResult } from '../triage/kinds';

// What the panel shows for one thread: computed in the background from the thread model and the stored agreements.

export type ClientMatch =
  | { status: 'matched'; by: 'email' | 'domain'; client: Client; agreement: Agreement | null }
  | { status: 'ambiguous'; candidates: Client[] }
  | { status: 'none'; email: string; domain: string; publicDomain: boolean };

export interface MessageAnalysis {
  messageId: string;
  from: Person;
  sentAt: string | null;
  partial: boolean;
  triage: TriageResult;
}

export interface RankedClause {
  clause: Clause;
  score: number;
}

export interface ThreadAnalysis {
  threadId: string;
  subject: string;
  match: ClientMatch;
  /** The client's messages (not the provider's own), oldest first. */
  messages: MessageAnalysis[];
  /** The latest client message with a request: the one the drafts answer. */
  focusMessageId: string | null;
  facts: Fact[];
  clauses: RankedClause[];
  drafts: Draft[];
  provider: Provider;
  problems: string[];
}
