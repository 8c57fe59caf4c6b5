import { defineExtensionMessaging } from '@webext-core/messaging';
import { storage } from 'wxt/utils/storage';
import type { ThreadAnalysis } from './analysis/analysis';
import type { DraftLanguage, Tone } from './drafting/draft';
import type { MailThread } from './mail/thread';
import type { RequestKind } from './triage/kinds';

// Every message between the Gmail content script and the background, typed in one place. The database lives in the
// extension's origin, so the content script only ever asks.

export interface AnalyzeThreadRequest {
  thread: MailThread;
  tone?: Tone;
  lang?: DraftLanguage;
}

export interface CorrectionRequest {
  text: string;
  lang?: string;
  kind: RequestKind;
  verdict: 'wrong' | 'missing';
}

export interface NewClientFromThread {
  name: string;
  email: string;
  domain: string;
}

export type PanelCommand = 'toggle-panel' | 'insert-draft';

export interface ProtocolMap {
  analyzeThread(request: AnalyzeThreadRequest): ThreadAnalysis;
  saveCorrection(correction: CorrectionRequest): void;
  /** Opens the options page with a new client pre-filled from the thread's sender. */
  createClientFromThread(prefill: NewClientFromThread): void;
  /** Reads the sender's tab again with the compatibility (Readability) reader, injected on demand. */
  openCompatibilityMode(): void;
  /** Background → content script: a keyboard shortcut was pressed. */
  panelCommand(command: PanelCommand): void;
  /** Background → content script: agreements, settings or templates changed; analyse again. */
  dataChanged(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** The client the options page opens pre-filled after "Create client from this thread" (read once, then cleared). */
export const newClientPrefillItem = storage.defineItem<NewClientFromThread | null>('local:clausemate:new-client', {
  fallback: null,
});
