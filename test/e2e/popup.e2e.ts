import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './harness';
import { importBackupFile, uiText } from './flows';

// The toolbar popup with the demo backup imported: search as you type across languages, marked words, copy, the
// keyboard, and the page capture that opens the options page's pre-filled form.

const SHOTS = 'test-output/screenshots';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openPopup(session: ExtensionSession, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.getByLabel(uiText('popupSearchLabel')).waitFor();
  return page;
}

describe('popup, end to end', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchWithExtension({ timezone: 'Europe/Madrid' });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const options = await importBackupFile(session);
    await options.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('answers as the user types with the words marked, and copies a clause with one click', async () => {
    const page = await openPopup(session);
    const box = page.getByLabel(uiText('popupSearchLabel'));
    await box.pressSequentially('late fee', { delay: 20 });
    const clause = page.locator('.clause').filter({ has: page.locator('mark') }).first();
    await clause.waitFor();
    const marked = (await page.locator('.result mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marked.some((m) => m.startsWith('late'))).toBe(true);

    const copy = clause.getByRole('button', { name: /^Copy clause / });
    const name = (await copy.getAttribute('aria-label'))!;
    await copy.click();
    await expect.poll(() => page.getByRole('button', { name }).innerText()).toBe(uiText('copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain((await clause.locator('.clause__text').innerText()).slice(0, 40));
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/popup-search-light.png`, fullPage: true });
    await page.close();
  });

  it('finds clauses in other languages from a Spanish or Chinese word', async () => {
    const page = await openPopup(session, 'dark');
    const box = page.getByLabel(uiText('popupSearchLabel'));
    await box.fill('horario');
    await page.locator('.result').first().waitFor();
    const clients = await page.locator('.result .key-terms__client').allInnerTexts();
    expect(clients.length).toBeGreaterThan(1); // the hours of the English and the Chinese agreements too
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/popup-search-dark.png`, fullPage: true });
    await box.fill('付款');
    await page.locator('.result mark').first().waitFor();
    await page.close();
  });

  it('works with the keyboard alone: arrows into and along the results, Enter copies, Escape goes back', async () => {
    const page = await openPopup(session);
    await page.keyboard.type('revision');
    await page.locator('.result [data-nav]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(first).toMatch(/^Copy clause /);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(second).toMatch(/^Copy clause /);
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).innerText)).toBe(uiText('copied'));
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.press('Escape');
    expect(await page.getByLabel(uiText('popupSearchLabel')).inputValue()).toBe('');
    await page.close();
  });

  it('captures an agreement from a page into the options form, with clauses and terms read', async () => {
    // The toolbar click that grants activeTab cannot be scripted, so the contract is served from the one origin the
    // extension already holds (mail.google.com); the capture itself runs exactly as from the toolbar.
    await session.context.route('https://mail.google.com/contracts/**', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><title>Globex — Service agreement</title></head><body><main><article>
          <h1>Service agreement</h1>
          <p>1. Scope. The Provider designs and builds a booking website for Globex with five pages and a contact form.</p>
          <p>2. Revisions. The fee includes three rounds of revisions. Further rounds are billed at USD 150 each.</p>
          <p>3. Payment. Invoices are payable within 30 days of issue. Overdue amounts carry interest of 2% per month.</p>
          <p>4. Working hours. The Provider works Monday to Friday, 10:00 to 17:00, and answers within one business day.</p>
          </article></main></body></html>`,
      }),
    );
    const popup = await openPopup(session);
    const contract = await session.context.newPage();
    await contract.goto('https://mail.google.com/contracts/globex');
    await contract.bringToFront(); // the active tab of the popup's window, as when the user clicks the toolbar icon
    const optionsOpened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('options.html') });
    // A dispatched click: a real one would bring the popup's tab to the front and make it the active tab.
    await popup.getByRole('button', { name: uiText('popupCapture') }).dispatchEvent('click');
    const options = await optionsOpened;
    await options.getByRole('heading', { name: uiText('captureHeading') }).waitFor();
    const form = options.getByRole('form', { name: uiText('newAgreement') });
    expect(await form.getByLabel(uiText('fieldNetDays')).inputValue()).toBe('30');
    expect(await form.getByLabel(uiText('fieldRevisionRounds')).inputValue()).toBe('3');
    expect(await form.getByLabel(uiText('fieldClauseNumber')).count()).toBe(4);
    expect(await seriousViolations(options)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}/options-capture-light.png`, fullPage: true });
    await options.getByLabel(uiText('captureClient')).selectOption({ label: uiText('captureNewClient') });
    await options.getByLabel(uiText('fieldClientName')).fill('Globex');
    await form.getByRole('button', { name: uiText('saveAgreement') }).click();
    await options.getByRole('heading', { name: 'Globex' }).waitFor();
    expect(await options.getByText(uiText('termNetDays', 30)).isVisible()).toBe(true);
  });

  it('shows a client added in the options page at once, without reopening', async () => {
    const popup = await openPopup(session);
    await popup.getByLabel(uiText('popupSearchLabel')).fill('initech');
    await popup.getByText(uiText('popupFound', 0)).waitFor();
    const options = await session.openExtensionPage('options.html#clients');
    await options.getByRole('button', { name: uiText('addClient') }).click();
    await options.getByLabel(uiText('fieldClientName')).fill('Initech');
    await options.getByRole('button', { name: uiText('addClientSave') }).click();
    await popup.getByRole('article', { name: 'Initech' }).waitFor({ timeout: 10_000 });
    await options.close();
    await popup.close();
  });
});
