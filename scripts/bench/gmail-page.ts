// What Clausemate costs Gmail's main thread, measured in Chromium: the same saved pages loaded with the built
// extension and without it, side by side in one run. Chromium's own counters (CDP Performance.getMetrics) are read
// once the page has settled: TaskDuration (wall time of all main-thread tasks, every world) and ThreadTime (the main
// thread's CPU time, which a busy shared machine inflates far less); the difference is ours.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { renderPage } from '../../test/fixtures/gmail/render-page';
import { DANIEL, LUCIA, type MessageSpec } from '../../test/fixtures/gmail/page-spec';
import { launchPlain, launchWithExtension, serveGmail } from '../../test/e2e/harness';
import type { BenchRow } from './types';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGZbKxmPnWvTqLcRsDhBxNwM';
const INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox';
const RUNS = 7;

export function fiftyMessageThread(): string {
  const messages: MessageSpec[] = Array.from({ length: 50 }, (_, i) => {
    const fromClient = i % 2 === 0;
    return {
      from: fromClient ? DANIEL : LUCIA,
      to: [fromClient ? LUCIA : DANIEL],
      sentAtUtc: new Date(Date.UTC(2026, 9, 1, 9) + i * 7 * 3_600_000).toISOString(),
      body: fromClient
        ? ['Hi Lucía,', '', `Update ${i}: thanks for the new mock-ups, they look great.`, i === 48 ? "Cash is tight this month, so we'll pay the invoice next month." : 'Talk soon.', '', 'Daniel']
        : ['Hi Daniel,', '', `Noted (${i}). I will send the next version on Friday.`, '', 'Lucía'],
      collapsed: i < 40,
      quote: i > 0 && i >= 40 ? { style: 'gmail', header: 'On Mon, Oct 5, 2026 at 10:00 Lucía Romero <lucia@romero.studio> wrote:', lines: ['Earlier message text.'] } : undefined,
    };
  });
  return renderPage({ file: 'bench-50.html', lang: 'en', kind: 'payment_delay', subject: 'Website redesign – weekly updates', messages });
}

interface MainThread {
  taskMs: number;
  cpuMs: number;
}

async function mainThreadWork(context: BrowserContext, url: string, ready: string): Promise<MainThread> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  // A native query polled every 20 ms: Playwright's own locators walk every shadow root in JavaScript, which cost the
  // page ~10 ms while waiting for the panel and was counted as ours.
  await page.waitForFunction(ready, undefined, { polling: 20, timeout: 20_000 });
  await page.waitForTimeout(600);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await page.close();
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return { taskMs: ms('TaskDuration'), cpuMs: ms('ThreadTime') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const PANEL_READY = `!!document.querySelector('[data-clausemate="panel"]')?.shadowRoot?.querySelector('#cm-requests-title')`;
const THREAD_READY = `!!document.querySelector('h2.hP')`;
const INBOX_READY = `!!document.querySelector('[role=main]')`;

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemate-bench-'));
  const thread = join(dir, 'thread-50.html');
  writeFileSync(thread, fiftyMessageThread());
  const inbox = resolve('test/fixtures/gmail/not-a-thread-inbox-2014.html');

  // Both browsers run side by side and take turns, so a busy moment on the shared machine hits both alike.
  const plain = await launchPlain();
  const session = await launchWithExtension();
  const without = { thread: [] as MainThread[], inbox: [] as MainThread[] };
  const withExt = { thread: [] as MainThread[], inbox: [] as MainThread[] };
  try {
    const serve = async (page: string) => {
      for (const context of [plain.context, session.context]) {
        await context.unrouteAll();
        await serveGmail(context, { '/mail/u/0/': page });
      }
    };
    for (let i = 0; i < RUNS; i++) {
      await serve(thread);
      without.thread.push(await mainThreadWork(plain.context, THREAD_URL, THREAD_READY));
      withExt.thread.push(await mainThreadWork(session.context, THREAD_URL, PANEL_READY));
      await serve(inbox);
      without.inbox.push(await mainThreadWork(plain.context, INBOX_URL, INBOX_READY));
      withExt.inbox.push(await mainThreadWork(session.context, INBOX_URL, INBOX_READY));
    }
  } finally {
    await plain.close();
    await session.close();
  }

  const row = (name: string, key: 'thread' | 'inbox', measure: keyof MainThread, goal: string): BenchRow => {
    const value = median(withExt[key].map((m) => m[measure]));
    const baseline = median(without[key].map((m) => m[measure]));
    return {
      name,
      value,
      unit: 'ms',
      baseline: { name: 'same page without the extension', value: baseline },
      ratio: value / baseline,
      goal: `added ${(value - baseline).toFixed(1)} ms (${goal})`,
    };
  };
  const panelGoal = 'design: one frame, 16 ms, for the panel';
  const inboxGoal = 'design: nothing measurable beyond loading the script';
  return [
    row('50-message thread: main-thread work until the panel is shown', 'thread', 'taskMs', panelGoal),
    row('50-message thread: main-thread CPU time until the panel is shown', 'thread', 'cpuMs', panelGoal),
    row('inbox list, no thread open: main-thread work', 'inbox', 'taskMs', inboxGoal),
    row('inbox list, no thread open: main-thread CPU time', 'inbox', 'cpuMs', inboxGoal),
  ];
}
