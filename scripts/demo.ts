// npm run demo [-- --headed] [-- --out DIR]
// Builds nothing itself (the npm script builds first): starts Chromium with the built extension, imports the bundled
// demo backup through the options page, opens saved Gmail threads served in place of mail.google.com, clicks Insert,
// and writes screenshots of the panel and the filled reply box.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension } from '../test/e2e/harness';
import { importBackupFile, openGmailThread, panel, replyEditorText, uiText, waitForAnalysis } from '../test/e2e/flows';

const { values } = parseArgs({ options: { headed: { type: 'boolean', default: false }, out: { type: 'string', default: 'demo-output' } } });
const out = resolve(values.out!);
mkdirSync(out, { recursive: true });

if (values.headed && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('--headed needs a display (DISPLAY is not set). Run without --headed, or under xvfb-run.');
  process.exit(2);
}

const session = await launchWithExtension({ headless: !values.headed, timezone: 'Europe/Madrid' });
try {
  const options = await importBackupFile(session);
  await options.screenshot({ path: `${out}/options-imported.png`, fullPage: true });
  console.log(`Imported the demo backup (test/fixtures/backups/demo.json) through the options page.`);

  for (const [fixture, lang] of [
    ['thread-en-payment-delay.html', 'en'],
    ['thread-es-payment-delay.html', 'es'],
    ['thread-zh-payment-delay.html', 'zh'],
  ] as const) {
    const page = await openGmailThread(session, fixture);
    await waitForAnalysis(page);
    const p = panel(page);
    const labels = await p.locator('.cm-chip').allInnerTexts();
    const facts = await p.locator('[data-fact]').allInnerTexts();
    const draft = await p.locator('[data-clausemate="draft-text"]').inputValue().catch(() => '');
    await page.screenshot({ path: `${out}/panel-${lang}.png` });
    await p.getByRole('button', { name: uiText('panelInsert') }).click();
    await p.getByText(uiText('panelInserted')).waitFor({ timeout: 10_000 });
    const inserted = await replyEditorText(page);
    await page.screenshot({ path: `${out}/reply-inserted-${lang}.png` });
    console.log(`\n[${lang}] ${fixture}`);
    console.log(`  requests: ${labels.join(', ') || '(none)'}`);
    for (const fact of facts) console.log(`  fact: ${fact}`);
    console.log(`  draft, first lines: ${draft.split('\n').slice(0, 3).join(' / ')}`);
    console.log(`  reply box now holds ${inserted.length} characters.`);
    await page.close();
  }
  if (values.headed) {
    console.log('\nThe browser stays open for you to try: press Ctrl+C here to close it.');
    await new Promise(() => {});
  }
  console.log(`\nScreenshots written to ${out}/`);
} finally {
  if (!values.headed) await session.close();
}
