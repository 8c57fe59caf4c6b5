// What Clausemate costs Gmail's main thread, measured in Chromium: the same saved pages loaded with the built
// extension and without it, side by side in one run. Chromium's own counter (CDP Performance.getMetrics, TaskDuration:
// all main-thread work, every world) is read once the page has settled; the difference is ours.
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
const RUNS = 5;

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

async function taskMs(context: BrowserContext, url: string, ready: (page: import('playwright-core').Page) => Promise<void>): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await ready(page);
  await page.waitForTimeout(600);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await page.close();
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemate-bench-'));
  const thread = join(dir, 'thread-50.html');
  writeFileSync(thread, fiftyMessageThread());
  const inbox = resolve('test/fixtures/gmail/not-a-thread-inbox-2014.html');

  const measure = async (context: BrowserContext, withPanel: boolean) => {
    const out = { thread: [] as number[], inbox: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      await serveGmail(context, { '/mail/u/0/': thread });
      out.thread.push(
        await taskMs(context, THREAD_URL, async (page) => {
          if (withPanel) await page.locator('[data-clausemate="panel"] #cm-requests-title').waitFor({ timeout: 20_000 });
          else await page.locator('h2.hP').last().waitFor();
        }),
      );
      await context.unrouteAll();
      await serveGmail(context, { '/mail/u/0/': inbox });
      out.inbox.push(await taskMs(context, INBOX_URL, (page) => page.locator('[role=main]').first().waitFor()));
      await context.unrouteAll();
    }
    return out;
  };

  const plain = await launchPlain();
  const without = await measure(plain.context, false);
  await plain.close();
  const session = await launchWithExtension();
  const withExt = await measure(session.context, true);
  await session.close();

  const threadPlain = median(without.thread);
  const threadExt = median(withExt.thread);
  const inboxPlain = median(without.inbox);
  const inboxExt = median(withExt.inbox);
  return [
    {
      name: '50-message thread: main-thread work until the panel is shown',
      value: threadExt,
      unit: 'ms',
      baseline: { name: 'same page without the extension', value: threadPlain },
      ratio: threadExt / threadPlain,
      goal: `added work ${(threadExt - threadPlain).toFixed(1)} ms (design: one frame, 16 ms, for the panel)`,
    },
    {
      name: 'inbox list, no thread open: main-thread work',
      value: inboxExt,
      unit: 'ms',
      baseline: { name: 'same page without the extension', value: inboxPlain },
      ratio: inboxExt / inboxPlain,
      goal: `added work ${(inboxExt - inboxPlain).toFixed(1)} ms (design: nothing measurable beyond loading the script)`,
    },
  ];
}
