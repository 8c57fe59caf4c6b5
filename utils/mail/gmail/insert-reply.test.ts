// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { insertIntoReply } from './insert-reply';

// jsdom has no execCommand, so these exercise the fallback path; the end-to-end tests exercise execCommand in
// Chromium against the saved Gmail pages.

function replyBox(): HTMLElement {
  document.body.innerHTML = `
    <div role="main">
      <div class="ip adB"><div class="M9">
        <div class="Am aiL Al editable" role="textbox" g_editable="true" contenteditable="true" aria-label="Message Body"></div>
      </div></div>
    </div>`;
  return document.querySelector('[g_editable]')!;
}

describe('insertIntoReply', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('puts the draft in the open reply box with its line breaks', async () => {
    const editor = replyBox();
    const outcome = await insertIntoReply(document, 'Hi Daniel,\n\nThanks for letting me know.');
    expect(outcome).toEqual({ ok: true, where: 'inline' });
    expect(editor.textContent).toBe('Hi Daniel,Thanks for letting me know.');
    expect(editor.querySelectorAll('br')).toHaveLength(2);
  });

  it('inserts markup in a draft as visible text, never as elements', async () => {
    const editor = replyBox();
    await insertIntoReply(document, '<img src=x onerror="alert(1)"> <b>bold</b>');
    expect(editor.querySelector('img, b')).toBeNull();
    expect(editor.textContent).toBe('<img src=x onerror="alert(1)"> <b>bold</b>');
  });

  it('replaces its previous insert instead of stacking a second draft', async () => {
    const editor = replyBox();
    await insertIntoReply(document, 'First version of the reply.');
    await insertIntoReply(document, 'Second version.');
    expect(editor.textContent).toBe('Second version.');
  });

  it('says what to do when the thread has no reply button and no reply box', async () => {
    document.body.innerHTML = '<div role="main"><p>No thread here</p></div>';
    const outcome = await insertIntoReply(document, 'Hello');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/Reply button/);
  });

  it('refuses an empty draft', async () => {
    replyBox();
    expect(await insertIntoReply(document, '   ')).toMatchObject({ ok: false });
  });
});
