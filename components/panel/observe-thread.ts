import type { MailThread } from '../../utils/mail/thread';

interface Options {
  read(): MailThread | null;
  onRead(thread: MailThread): void;
  onTimeout(): void;
  timeoutMs: number;
}

const DEBOUNCE_MS = 250;

/**
 * Reads the thread once Gmail has rendered it, then again whenever Gmail changes it (a message expands, a reply
 * arrives). Observes only while a thread is open, debounced, so Gmail pays nothing otherwise.
 */
export function observeThread(doc: Document, options: Options): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let found = false;
  const deadline = setTimeout(() => {
    if (!found) options.onTimeout();
  }, options.timeoutMs);

  const attempt = () => {
    const thread = options.read();
    if (thread && thread.messages.length > 0) {
      found = true;
      options.onRead(thread);
    }
  };
  const observer = new MutationObserver((records) => {
    // Our own panel lives in the page too; its renders are not Gmail's changes.
    if (records.every((r) => (r.target as Element).closest?.('[data-clausemate]'))) return;
    clearTimeout(timer);
    timer = setTimeout(attempt, DEBOUNCE_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  attempt();

  return () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  };
}
