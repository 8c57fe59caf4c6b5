// Gmail opens a thread by changing the hash: "#inbox/FMfcgz…", "#label/Clients/FMfcgz…", "#search/invoice/1781c…".
// The last segment is the thread's id (a 16-digit hex legacy id or a longer FMfcgz… token); lists have no such segment.
const THREAD_ID = /^(?:[0-9a-f]{16}|[A-Za-z0-9_-]{20,})$/;

export function isGmailThreadUrl(url: string): boolean {
  let hash: string;
  try {
    hash = new URL(url).hash.slice(1);
  } catch {
    return false;
  }
  const segments = hash.split('?')[0]!.split('/').filter(Boolean);
  if (segments.length < 2) return false;
  return THREAD_ID.test(decodeURIComponent(segments.at(-1)!));
}
