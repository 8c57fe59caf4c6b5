// Every Gmail selector is tried against the saved pages: each chain's first choice must find its element there,
// and the reply side must work as a person uses it (click Reply, an editor appears; a pop-out already has one).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { GMAIL, queryFirst } from '../../../utils/mail/gmail/selectors';
import { ALL_PAGES } from '../../fixtures/gmail/all-pages';

const PAGES = fileURLToPath(new URL('../../fixtures/gmail', import.meta.url));
const docs = ALL_PAGES.map((spec) => new JSDOM(readFileSync(join(PAGES, spec.file), 'utf8')).window.document);

/** Chains whose first choice only exists once the reply box is open or in another variant, checked below. */
const OPENED_LATER = new Set(['inlineReply', 'popoutCompose', 'editor']);

describe('Gmail selector chains against the saved pages', () => {
  for (const [name, chain] of Object.entries(GMAIL)) {
    if (OPENED_LATER.has(name)) continue;
    it(`${name}: the first choice (${chain[0]}) finds its element`, () => {
      expect(docs.some((doc) => doc.querySelector(chain[0]) !== null)).toBe(true);
    });
  }

  it('each chain is a list of valid selectors', () => {
    for (const chain of Object.values(GMAIL)) for (const selector of chain) expect(() => docs[0].querySelector(selector)).not.toThrow();
  });
});

describe('the reply side of the saved pages', () => {
  it('opens an inline reply box with Gmail’s editor when Reply is clicked, in every UI language', () => {
    for (const file of ['thread-en-payment-delay.html', 'thread-es-payment-delay.html', 'thread-zh-payment-delay.html']) {
      const dom = new JSDOM(readFileSync(join(PAGES, file), 'utf8'), { runScripts: 'dangerously' });
      const doc = dom.window.document;
      expect(queryFirst(doc, GMAIL.inlineReply)).toBeNull();
      const button = [...doc.querySelectorAll(GMAIL.replyButton[0])].at(-1) as HTMLElement;
      button.click();
      const box = queryFirst(doc, GMAIL.inlineReply)!;
      expect(box).not.toBeNull();
      const editor = queryFirst(box, GMAIL.editor)!;
      expect(editor.getAttribute('contenteditable')).toBe('true');
      expect(doc.activeElement).toBe(editor);
      button.click(); // a second click focuses the same box instead of opening another
      expect(doc.querySelectorAll(GMAIL.inlineReply[0])).toHaveLength(1);
      dom.window.close();
    }
  });

  it('finds the editor of an already open pop-out compose window', () => {
    const doc = docs[ALL_PAGES.findIndex((p) => p.popout)];
    const dialog = queryFirst(doc, GMAIL.popoutCompose)!;
    expect(dialog).not.toBeNull();
    expect(queryFirst(dialog, GMAIL.editor)?.getAttribute('aria-label')).toBe('Message Body');
  });

  it('labels the reply button in the UI language, which the selectors never rely on', () => {
    const labels = ['thread-en-payment-delay.html', 'thread-es-payment-delay.html', 'thread-zh-payment-delay.html'].map((file) =>
      docs[ALL_PAGES.findIndex((p) => p.file === file)].querySelector(GMAIL.replyButton[0])!.getAttribute('aria-label'),
    );
    expect(labels).toEqual(['Reply', 'Responder', '回复']);
  });
});
