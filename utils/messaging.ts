import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ThreadAnalysis } from './analysis/analysis';
import type { MailThread } from './mail/thread';

// Every message between the Gmail content script and the background, typed in one place. The database lives in the
// extension's origin, so the content script only ever asks.
export interface ProtocolMap {
  analyzeThread(thread: MailThread): ThreadAnalysis;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
