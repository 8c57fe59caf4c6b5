import type { MailThread } from '../../utils/mail/thread';

interface Options {
  read(): MailThread | null;
  onRead(thread: MailThread): void;
  onTimeout(): void;
  timeoutMs: number;
}

const DEBOUNCE_MS = 250;
const OURS = '[data-clausemate]';

const isOwnNode = (node: Node) => node.nodeType === 1 && (node as Element).closest(OURS) !== null;

/** A change inside our panel, or the panel itself coming or going. */
export function isOwnChange(record: MutationRecord): boolean {
  if ((record.target as Element).closest?.(OURS)) return true;
  if (record.type !== 'childList') return false;
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (const node of addedNodes) if (!isOwnNode(node)) return false;
  for (const node of removedNodes) if (!isOwnNode(node)) return false;
  return true;
}

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
    // Our own panel lives in the page too: its renders, and adding or removing it, are not Gmail's changes (each
    // used to cost a full re-read a quarter of a second after the panel appeared).
    if (records.every(isOwnChange)) return;
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
