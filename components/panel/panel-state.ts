import type { ThreadAnalysis } from '../../utils/analysis/analysis';
import type { DraftLanguage, Tone } from '../../utils/drafting/draft';
import type { InsertOutcome } from '../../utils/mail/gmail/insert-reply';
import type { MailThread } from '../../utils/mail/thread';
import type { RequestKind } from '../../utils/triage/kinds';

export type PanelState =
  | { status: 'loading' }
  | { status: 'unreadable'; problems: string[]; canTryCompatibility?: boolean }
  | { status: 'error'; message: string }
  | { status: 'ready'; analysis: ThreadAnalysis; thread: MailThread };


export interface PanelActions {
  insert(text: string): Promise<InsertOutcome>;
  copy(text: string): Promise<boolean>;
  redraft(choice: { tone?: Tone; lang?: DraftLanguage }): void;
  correct(correction: { text: string; lang?: string; kind: RequestKind; verdict: 'wrong' | 'missing' }): Promise<void>;
  createClient(prefill: { name: string; email: string; domain: string }): void;
  close(): void;
  readInCompatibilityMode(): Promise<void>;
}
