import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { launchWithExtension, serveGmail, type ExtensionSession } from './harness';

// What a person does with Clausemate, step by step, shared by the end-to-end tests and the demo.

export const DEMO_BACKUP = resolve('test/fixtures/backups/demo.json');
export const GMAIL_PAGES = resolve('test/fixtures/gmail');
export const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGZbKxmPnWvTqLcRsDhBxNwM';

const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

/** The English UI text for a message key, with its substitutions, as the user reads it. */
export function uiText(key: string, ...subs: Array<string | number>): string {
  const template = english[key]?.message;
  if (!template) throw new Error(`no English message "${key}"`);
  return template.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** Options → Backup → choose the file, and wait until the page says it was imported. */
export async function importBackupFile(session: ExtensionSession, file = DEMO_BACKUP): Promise<Page> {
  const page = await session.openExtensionPage('options.html');
  await page.locator('input[type=file]').first().setInputFiles(file);
  await page.getByText(uiText('importAccepted', basename(file))).waitFor({ timeout: 15_000 });
  return page;
}

/** The browser most tests start from: the extension loaded, the demo backup imported through the options page. */
export async function launchWithDemoBackup(): Promise<ExtensionSession> {
  const session = await launchWithExtension({ timezone: 'Europe/Madrid' });
  await (await importBackupFile(session)).close();
  return session;
}

/** Opens a saved Gmail page at a thread URL, as if Gmail had loaded it. */
export async function openGmailThread(session: ExtensionSession, fixture: string, url = THREAD_URL): Promise<Page> {
  await serveGmail(session.context, { '/mail/u/0/': resolve(GMAIL_PAGES, fixture) });
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

export function panel(page: Page) {
  return page.locator('[data-clausemate="panel"]');
}

/** Waits until the panel has analysed the thread: its requests card, or its word on why it could not. */
export async function waitForAnalysis(page: Page): Promise<void> {
  await panel(page).locator('#cm-requests-title, .cm-warning, [role=alert]').first().waitFor({ timeout: 20_000 });
}

export async function replyEditorText(page: Page): Promise<string> {
  return page.locator('div[role=main] [g_editable="true"][contenteditable="true"]').first().innerText();
}

export function expectNoUnfilledVariables(text: string): void {
  expect(text).not.toMatch(/\{\{|\}\}/);
}
