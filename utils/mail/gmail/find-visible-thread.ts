// Gmail is a single-page app that keeps previous views in the DOM, hidden. The thread to read is the one whose main
// area is not hidden and that has a subject heading.
import { GMAIL, queryAll, queryFirst } from './selectors';

export interface VisibleThread {
  main: Element;
  subject: Element;
}

function hiddenBySelf(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const inline = (element as HTMLElement).style;
  if (inline && (inline.display === 'none' || inline.visibility === 'hidden')) return true;
  const view = element.ownerDocument?.defaultView;
  if (view && typeof view.getComputedStyle === 'function') {
    const style = view.getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
  }
  return false;
}

/** True when the element or one of its ancestors is hidden (works with and without layout, e.g. in jsdom). */
export function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (hiddenBySelf(node)) return true;
  }
  return false;
}

export function findVisibleThread(doc: Document): VisibleThread | null {
  const candidates: VisibleThread[] = [];
  for (const main of queryAll(doc, GMAIL.main)) {
    const subject = queryFirst(main, GMAIL.subject);
    if (subject) candidates.push({ main, subject });
  }
  // Visible first; among several visible views, the last one in the DOM is the newest.
  const visible = candidates.filter((c) => !isHidden(c.main));
  return visible.at(-1) ?? null;
}
