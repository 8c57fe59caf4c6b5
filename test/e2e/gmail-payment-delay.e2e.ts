import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { launchWithExtension, type ExtensionSession } from './harness';
import { expectNoUnfilledVariables, GMAIL_PAGES, importBackupFile, openGmailThread, panel, replyEditorText, uiText, waitForAnalysis } from './flows';

// The foundation flow: a person imports their backup in the options page, opens a Gmail thread in which the client
// postpones payment, reads the panel, and inserts the drafted reply into Gmail's reply box.

const SHOTS = 'test-output/screenshots';

/** Whole days from a due date to today in Madrid, as the provider counts them. */
function daysSince(isoDate: string): number {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date());
  return Math.round((Date.parse(today) - Date.parse(isoDate)) / 86_400_000);
}

describe('payment delay in Gmail, end to end', () => {
  let session: ExtensionSession;
  const requested: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchWithExtension({ timezone: 'Europe/Madrid' });
    session.context.on('request', (request) => requested.push(request.url()));
    const options = await importBackupFile(session);
    await options.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the client, the request with its sentence, the overdue invoice, the clause and a draft in English', async () => {
    const page = await openGmailThread(session, 'thread-en-payment-delay.html');
    await waitForAnalysis(page);
    const p = panel(page);
    await expect(p.getByText('Northwind Studio')).toBeTruthy();
    await p.getByText('Northwind Studio').waitFor();
    await p.getByText(uiText('kind_payment_delay')).first().waitFor();
    await expect(p.locator('.cm-evidence mark').first().innerText()).resolves.toMatch(/pay the invoice next month/i);

    const facts = await p.locator('[data-fact="invoice_overdue"]').innerText();
    expect(facts).toContain('INV-042');
    expect(facts).toContain(String(daysSince('2026-10-15')));
    await expect(p.locator('[data-clause="6.2"]').innerText()).resolves.toContain('1.5% per month');

    const draft = await p.locator('[data-clausemate="draft-text"]').inputValue();
    expect(draft).toContain('INV-042');
    expect(draft).toMatch(/6\.[12]/);
    expectNoUnfilledVariables(draft);
    await page.screenshot({ path: `${SHOTS}/panel-en.png` });
  });

  it('inserts the draft into the reply box, opening it first, as typed text', async () => {
    const page = await openGmailThread(session, 'thread-en-payment-delay.html');
    await waitForAnalysis(page);
    const p = panel(page);
    const draft = await p.locator('[data-clausemate="draft-text"]').inputValue();
    await expect(page.locator('div[role=main] [g_editable="true"]').count()).resolves.toBe(0);

    await p.getByRole('button', { name: uiText('panelInsert') }).click();
    await p.getByText(uiText('panelInserted')).waitFor();
    const inserted = await replyEditorText(page);
    const firstLine = draft.split('\n')[0]!;
    expect(inserted).toContain(firstLine);
    expect(inserted).toContain('INV-042');
    // Paragraphs survive: the blank line after the greeting is still there.
    expect(inserted.replace(/\n{2,}/g, '\n\n')).toContain(`${firstLine}\n\n`);
    await page.screenshot({ path: `${SHOTS}/reply-inserted-en.png` });
  });

  it('makes no network request: only the extension itself, the Gmail page and what that page links to are loaded', () => {
    expect(requested.length).toBeGreaterThan(0);
    const pages = readdirSync(GMAIL_PAGES).filter((f) => f.endsWith('.html')).map((f) => readFileSync(`${GMAIL_PAGES}/${f}`, 'utf8'));
    // Pages write links scheme-relative, as Gmail does (//ssl.gstatic.com/…).
    const linkedByThePage = (url: string) => pages.some((html) => html.includes(url.replace(/^https?:/, '')));
    const elsewhere = requested.filter(
      (url) => !/^(chrome-extension:\/\/|https:\/\/mail\.google\.com\/|data:|blob:)/.test(url) && !linkedByThePage(url),
    );
    expect(elsewhere, elsewhere.join(", ")).toEqual([]);
  });

  it.each([
    ['thread-es-payment-delay.html', 'Acme Retail', 'F-2026-118', /pagaremos/i],
    ['thread-zh-payment-delay.html', '华信科技', 'HX-2026-07', /下个月/],
  ])('answers %s in the client’s language', async (fixture, client, invoice, evidence) => {
    const page = await openGmailThread(session, fixture);
    await waitForAnalysis(page);
    const p = panel(page);
    await p.getByText(client).first().waitFor();
    await expect(p.locator('.cm-evidence mark').first().innerText()).resolves.toMatch(evidence);
    const draft = await p.locator('[data-clausemate="draft-text"]').inputValue();
    expect(draft).toContain(invoice);
    expectNoUnfilledVariables(draft);
    if (fixture.includes('-es-')) expect(draft).toMatch(/factura/i);
    else expect(draft).toMatch(/发票|付款/);
    await page.screenshot({ path: `${SHOTS}/panel-${fixture.includes('-es-') ? 'es' : 'zh'}.png` });
  });
});
