import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './harness';
import { DEMO_BACKUP, uiText } from './flows';

// The options page used as a person would: typing and the keyboard, the file input, downloads, a reload.

const SHOTS = 'test-output/screenshots';
const BROKEN_BACKUP = 'test/fixtures/backups/broken.json';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The client list says "N of M clients": M is what the database holds. */
async function storedClientCount(page: Page): Promise<number> {
  await page.goto(page.url().split('#')[0] + '#clients');
  const text = await page.locator('.client-list__count').innerText();
  return Number(/of (\d+)/.exec(text)?.[1]);
}

describe('options page, end to end', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchWithExtension({ timezone: 'Europe/Madrid' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('onboards, then takes a client and an agreement typed with the keyboard, and keeps them across a reload', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByRole('heading', { name: uiText('onboardingHeading') }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/options-onboarding-light.png`, fullPage: true });

    await page.getByLabel(uiText('fieldYourName')).focus();
    await page.keyboard.type('Lucía Romero');
    await page.keyboard.press('Enter'); // submits the form
    await page.getByText(uiText('savedSettings')).waitFor();
    await page.getByRole('button', { name: uiText('addClient') }).waitFor();

    await page.getByRole('button', { name: uiText('addClient') }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel(uiText('fieldClientName')).focus();
    await page.keyboard.type('Acme Retail');
    await page.getByLabel(uiText('fieldEmails')).fill('ana@acme');
    await expect.poll(() => page.getByText('not an e-mail address').isVisible()).toBe(true);
    await page.getByLabel(uiText('fieldEmails')).fill('ana@acme.com');
    await page.getByLabel(uiText('fieldDomains')).fill('acme.com');
    await page.getByRole('button', { name: uiText('addClientSave') }).click();
    await page.getByRole('heading', { name: 'Acme Retail' }).waitFor();

    await page.getByRole('button', { name: uiText('addAgreement') }).click();
    const form = page.getByRole('form', { name: uiText('newAgreement') });
    await form.getByLabel(uiText('fieldTitle')).fill('Website redesign');
    await form.getByLabel(uiText('fieldNetDays')).fill('fifteen');
    await expect.poll(() => form.getByText(uiText('errNumber')).isVisible()).toBe(true);
    await form.getByLabel(uiText('fieldNetDays')).fill('15');
    await form.getByLabel(uiText('fieldRevisionRounds')).fill('2');
    await form.getByRole('button', { name: uiText('addClause') }).click();
    await form.getByLabel(uiText('fieldClauseNumber')).fill('4.2');
    await form.getByLabel(uiText('fieldClauseText')).fill('The fee includes two rounds of revisions per deliverable.');
    await form.getByRole('button', { name: uiText('saveAgreement') }).click();
    await page.getByText(uiText('savedAgreement', 'Website redesign')).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Acme Retail' }).waitFor();
    expect(await page.getByText(uiText('termNetDays', 15)).isVisible()).toBe(true);
    expect(await page.getByText(uiText('termRounds', 2)).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/options-client-light.png`, fullPage: true });
    await page.close();
  });

  it('asks before deleting, and Undo brings the agreement back', async () => {
    const page = await session.openExtensionPage('options.html#clients');
    await page.getByRole('button', { name: /Acme Retail/ }).click();
    await page.getByRole('button', { name: uiText('deleteNamed', 'Website redesign') }).click();
    const question = page.getByRole('group', { name: uiText('deleteAgreementQuestion', 'Website redesign') });
    await question.waitFor();
    await page.keyboard.press('Escape'); // focus is on Cancel: Escape backs out
    expect(await question.count()).toBe(0);

    await page.getByRole('button', { name: uiText('deleteNamed', 'Website redesign') }).click();
    await page.getByRole('group', { name: uiText('deleteAgreementQuestion', 'Website redesign') }).getByRole('button', { name: uiText('confirmDelete') }).click();
    await page.getByText(uiText('deletedAgreement', 'Website redesign')).waitFor();
    expect(await page.getByText(uiText('noAgreements')).isVisible()).toBe(true);
    await page.keyboard.press('Enter'); // the Undo button has the focus
    await page.getByRole('button', { name: uiText('editNamed', 'Website redesign') }).waitFor();
    await page.close();
  });

  it('refuses a malformed backup with each problem and its path, and writes nothing', async () => {
    const page = await session.openExtensionPage('options.html#backup');
    const before = await storedClientCount(page);
    await page.goto(page.url().split('#')[0] + '#backup');
    await page.locator('input[type=file]').setInputFiles(BROKEN_BACKUP);
    const alert = page.getByRole('alert').filter({ hasText: uiText('importRefused', 'broken.json', 0).split(' (')[0] });
    await alert.waitFor();
    const paths = await alert.locator('li code').allInnerTexts();
    expect(paths).toEqual(expect.arrayContaining(['clients[0].name', 'clients[0].emails[0]', 'agreements[0].money.netDays', 'agreements[0].hours.start']));
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/options-backup-refused-light.png`, fullPage: true });
    expect(await storedClientCount(page)).toBe(before);
    await page.close();
  });

  it('imports a backup with a summary, exports everything, re-imports without duplicates, and restores it into a wiped profile', async () => {
    const page = await session.openExtensionPage('options.html#backup');
    const demo = JSON.parse(readFileSync(DEMO_BACKUP, 'utf8')) as { clients: { name: string }[]; agreements: unknown[] };
    await page.locator('input[type=file]').setInputFiles(DEMO_BACKUP);
    await page.getByText(uiText('importAccepted', 'demo.json')).waitFor();
    expect(await page.getByText(uiText('importLine', uiText('clientsHeading'), demo.clients.length, 0)).isVisible()).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: uiText('exportButton') }).click()]);
    expect(download.suggestedFilename()).toMatch(/^clausemate-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.format).toBe('clausemate/1');
    expect(exported.clients.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining([...demo.clients.map((c) => c.name), 'Acme Retail']));
    expect(exported.agreements.length).toBe(demo.agreements.length + 1);

    await page.locator('input[type=file]').setInputFiles(DEMO_BACKUP);
    await page.getByText(uiText('importLine', uiText('clientsHeading'), 0, demo.clients.length)).waitFor();
    expect(await storedClientCount(page)).toBe(demo.clients.length + 1);
    await page.close();

    // A wiped profile: a new browser profile, onboarding again, restore the exported file, find everything as it was.
    const fresh = await launchWithExtension({ timezone: 'Europe/Madrid' });
    try {
      const restore = await fresh.openExtensionPage('options.html');
      await restore.getByRole('heading', { name: uiText('restoreHeading') }).waitFor();
      await restore.locator('input[type=file]').setInputFiles((await download.path())!);
      await restore.getByText(uiText('importLine', uiText('agreementsHeading'), exported.agreements.length, 0)).waitFor();
      const [again] = await Promise.all([
        restore.waitForEvent('download'),
        restore.goto(restore.url().split('#')[0] + '#backup').then(() => restore.getByRole('button', { name: uiText('exportButton') }).click()),
      ]);
      const reexported = JSON.parse(readFileSync((await again.path())!, 'utf8'));
      const sortById = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(sortById(reexported.clients)).toEqual(sortById(exported.clients));
      expect(sortById(reexported.agreements)).toEqual(sortById(exported.agreements));
      expect(reexported.provider).toEqual(exported.provider);
    } finally {
      await fresh.close();
    }
  });

  it('looks right and has no serious accessibility problems in dark mode', async () => {
    const page = await session.openExtensionPage('options.html#clients');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: /Acme Retail/ }).first().click(); // ours and the demo backup's
    await page.getByRole('button', { name: uiText('addAgreement') }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/options-agreement-dark.png`, fullPage: true });
    await page.close();
  });
});
