import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Launches Debian's Chromium with the built extension, the way a person's browser would run it, and serves saved
// Gmail pages in place of mail.google.com. Used by the end-to-end tests, the demo and the benchmarks.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function extensionDir(): string {
  return resolve(process.env.CLAUSEMATE_OUT_DIR || '.output', 'chrome-mv3');
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens an extension page such as 'options.html' or 'popup.html'. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** The viewer's time zone, as Gmail renders times in it. */
  timezone?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  dir?: string;
  /** Reuse a profile (to test a browser restart); it is then kept on close. */
  userDataDir?: string;
}

/** The same browser without the extension: the baseline the benchmarks compare against. */
export async function launchPlain(options: LaunchOptions = {}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'clausemate-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    timezoneId: options.timezone ?? 'Europe/Madrid',
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1400, height: 900 },
    args: [...(options.headless ?? true ? ['--headless=new'] : []), ...BROWSER_FLAGS],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const dir = options.dir ?? extensionDir();
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run \`node scripts/setup.mjs\` or set CHROMIUM_PATH.`);
  }
  const keepProfile = options.userDataDir !== undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'clausemate-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // the new headless mode is selected by flag below; the old one cannot load extensions
    timezoneId: options.timezone ?? 'Europe/Madrid',
    locale: options.locale ?? 'en-GB',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1400, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...BROWSER_FLAGS,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Serves `pages` (path after https://mail.google.com → file) and answers every other Gmail request, and the saved
 * pages' own images on Google's static hosts, with an empty 204, so nothing leaves the machine.
 */
export async function serveGmail(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(/^https?:\/\/(?!mail\.google\.com\/)/, (route) => route.fulfill({ status: 204, body: '' }));
  await context.route('https://mail.google.com/**', async (route) => {
    const url = new URL(route.request().url());
    const file = pages[url.pathname];
    if (file && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
    } else {
      await route.fulfill({ status: 204, body: '' });
    }
  });
}

/** Imports a backup through the options page's file input, as a person would. */
export async function importBackupThroughOptions(session: ExtensionSession, backupFile: string): Promise<Page> {
  const page = await session.openExtensionPage('options.html');
  await page.locator('input[type=file]').first().setInputFiles(backupFile);
  return page;
}
