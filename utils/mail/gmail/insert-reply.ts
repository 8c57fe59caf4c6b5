import { GMAIL, queryAll } from './selectors';

// Puts a draft into Gmail's reply box the way Gmail accepts typing (NOTES.md "Writing into the editor"): the editor is
// focused, the caret placed, and the text goes in through execCommand('insertText') — one input event that Gmail's
// editor handles as typing, so its draft autosave and undo work. The text is plain text; it is never parsed as HTML.

export type InsertOutcome = { ok: true; where: 'inline' | 'popout' } | { ok: false; message: string };

const EDITOR_WAIT_MS = 4000;
const lastInserted = new WeakMap<Element, string>();

export async function insertIntoReply(doc: Document, text: string, messages = defaultMessages): Promise<InsertOutcome> {
  if (!text.trim()) return { ok: false, message: messages.empty };
  let editor = findOpenEditor(doc);
  if (!editor) {
    const button = visible(queryAll(doc, GMAIL.replyButton)).at(-1);
    if (!button) return { ok: false, message: messages.noReplyButton };
    clickLikeAUser(button);
    editor = await waitFor(() => findOpenEditor(doc), EDITOR_WAIT_MS);
    if (!editor) return { ok: false, message: messages.noEditor };
  }
  const where = editor.closest(GMAIL.popoutCompose.join(',')) ? 'popout' : 'inline';
  (editor as HTMLElement).focus();
  const range = replacementRange(doc, editor) ?? caretInside(doc, editor) ?? startOf(doc, editor);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);

  const typed = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  if (!typed || !containsText(editor, text)) insertAsNodes(doc, editor, text);
  lastInserted.set(editor, text);
  nudgeDraftSave(editor);
  return { ok: true, where };
}

export const defaultMessages = {
  empty: 'The draft is empty: there is nothing to insert.',
  noReplyButton: 'Could not find Gmail’s Reply button in this thread. Open the reply box, then click Insert again.',
  noEditor: 'Gmail’s reply box did not open. Open it yourself, then click Insert again.',
};

/** A pop-out compose first (the user opened it on purpose), then an inline reply box. */
function findOpenEditor(doc: Document): Element | null {
  const editors = visible(queryAll(doc, GMAIL.editor));
  const selected = doc.getSelection()?.anchorNode;
  return (
    editors.find((e) => selected && e.contains(selected)) ??
    editors.find((e) => e.closest(GMAIL.popoutCompose.join(','))) ??
    editors.at(-1) ??
    null
  );
}

function visible(elements: Element[]): Element[] {
  return elements.filter((el) => {
    if (el.closest('[hidden], [aria-hidden="true"]')) return false;
    const checkVisibility = (el as HTMLElement).checkVisibility;
    return typeof checkVisibility === 'function' ? checkVisibility.call(el) : true;
  });
}

function clickLikeAUser(target: Element): void {
  // Gmail's buttons listen for the mouse sequence, not only click().
  for (const type of ['mousedown', 'mouseup', 'click'] as const) {
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: target.ownerDocument.defaultView }));
  }
}

function waitFor<T>(find: () => T | null, timeoutMs: number): Promise<T | null> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      const found = find();
      if (found || Date.now() - started > timeoutMs) resolve(found);
      else setTimeout(tick, 50);
    };
    tick();
  });
}

/** The caret where the user left it in this editor, if they did. */
function caretInside(doc: Document, editor: Element): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editor.contains(range.startContainer) ? range.cloneRange() : null;
}

/** Gmail's reply box opens with the caret above the quoted history and signature. */
function startOf(doc: Document, editor: Element): Range {
  const range = doc.createRange();
  range.setStart(editor, 0);
  range.collapse(true);
  return range;
}

/** Inserting twice replaces our previous insert rather than stacking drafts. */
function replacementRange(doc: Document, editor: Element): Range | null {
  const previous = lastInserted.get(editor);
  if (!previous) return null;
  return findTextRange(doc, editor, previous.replace(/\n/g, ''));
}

/** The DOM range of `needle` in the editor's text, ignoring the line breaks that became elements. */
function findTextRange(doc: Document, root: Element, needle: string): Range | null {
  if (!needle) return null;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const haystack = nodes.map((n) => n.data).join('');
  const at = haystack.indexOf(needle);
  if (at < 0) return null;
  const range = doc.createRange();
  let offset = 0;
  let startSet = false;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (!startSet && at < end) {
      range.setStart(node, at - offset);
      startSet = true;
    }
    if (startSet && at + needle.length <= end) {
      range.setEnd(node, at + needle.length - offset);
      return range;
    }
    offset = end;
  }
  return null;
}

function containsText(editor: Element, text: string): boolean {
  const probe = text.split('\n').find((line) => line.trim())?.trim() ?? '';
  return (editor.textContent ?? '').includes(probe);
}

/** The fallback when execCommand is refused: text nodes and <br>s (never HTML from the text), then an input event. */
function insertAsNodes(doc: Document, editor: Element, text: string): void {
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount ? selection.getRangeAt(0) : startOf(doc, editor);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** Gmail schedules its draft save on key activity; a lone Shift changes nothing in the text. */
function nudgeDraftSave(editor: Element): void {
  for (const type of ['keydown', 'keyup'] as const) {
    editor.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', bubbles: true }));
  }
}
