// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { MailThread } from '../../utils/mail/thread';
import { observeThread } from './observe-thread';

const thread: MailThread = { id: 't1', subject: 'Hi', url: '', messages: [], source: 'gmail', problems: [] };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('observeThread', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.replaceChildren();
  });

  function start() {
    let reads = 0;
    stop = observeThread(document, {
      read: () => (reads++, { ...thread, messages: [{ id: 'm1' } as MailThread['messages'][number]] }),
      onRead: () => {},
      onTimeout: () => {},
      timeoutMs: 5000,
    });
    return () => reads;
  }

  it('reads once on start and again after Gmail changes the page', async () => {
    const reads = start();
    expect(reads()).toBe(1);
    document.body.append(document.createElement('div'));
    await wait(400);
    expect(reads()).toBe(2);
  });

  it('does not read again when only our panel is added, changed or removed', async () => {
    const reads = start();
    const host = document.createElement('clausemate-panel');
    host.setAttribute('data-clausemate', 'panel');
    const inner = document.createElement('div');
    host.append(inner);
    document.body.append(host);
    await wait(50);
    inner.append(document.createElement('p'));
    inner.textContent = 'Analysing…';
    await wait(50);
    host.remove();
    await wait(400);
    expect(reads()).toBe(1);
  });

  it('reads again when Gmail adds its own node in the same batch as our panel', async () => {
    const reads = start();
    const host = document.createElement('div');
    host.setAttribute('data-clausemate', 'panel');
    document.body.append(host, document.createElement('div'));
    await wait(400);
    expect(reads()).toBe(2);
  });
});
