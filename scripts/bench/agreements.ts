// Agreements at scale (issue 5), in Chromium against a real IndexedDB: 10,000 clients and agreements with 100,000
// invoices. Finding the agreement for a sender, a popup search, and importing a backup of that size, each beside the
// bare IndexedDB operation measured in the same run on the same data: a `get` by key, a cursor pass, a bulk put.
// Run alone: npx tsx scripts/bench/index.ts agreements
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BenchRow } from './types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLIENTS = 10_000;
const INVOICES_PER_AGREEMENT = 10;
const LOOKUPS = 2_000;
const CHROMIUM_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

// The page's code: the real modules, bundled; a deterministic data set; each measure as a function the runner calls.
const PAGE_SOURCE = String.raw`
import { createDatabase } from './utils/agreements/db';
import { importBackup } from './utils/agreements/backup';
import { findClientForSender } from './utils/agreements/match-client';
import { forgetSearchCache, searchAgreements } from './utils/agreements/search';
import { normaliseAgreement, normaliseClient } from './utils/agreements/search-keys';

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(rand() * list.length)];
const SYL = ['ac', 'me', 'no', 'va', 'ri', 'ta', 'lu', 'mi', 'so', 'ker', 'lan', 'tor', 'bel', 'qui', 'zen', 'dor'];
const WORDS = ['Retail', 'Labs', 'Studio', 'Foods', 'Travel', 'Logistics', 'Media', 'Health', 'Tienda', 'Diseño', '科技', '贸易'];
const CLAUSES = {
  en: [
    ['Scope', 'The Designer will deliver a {n}-page website and a contact form. An online shop is not included.'],
    ['Revisions', 'The fee includes {r} rounds of revisions per deliverable. Further rounds are billed at EUR {x} each.'],
    ['Payment', 'Invoices are payable within {d} days of issue. A deposit of 50% is due on signature.'],
    ['Late payment', 'Late payments accrue interest of 1.5% per month. Work stops when an invoice is 30 days overdue.'],
    ['Working hours', 'The Designer works Monday to Friday, 09:00 to 18:00 Madrid time.'],
    ['Changes', 'Work outside the scope is quoted as a written change request at EUR {h} per hour.'],
  ],
  es: [
    ['Objeto', 'La Diseñadora entregará una web de {n} páginas. No se incluye la tienda en línea.'],
    ['Revisiones', 'El precio incluye {r} rondas de revisiones. Cada ronda adicional se factura a {x} €.'],
    ['Pago', 'Las facturas se pagarán en un plazo de {d} días desde su emisión.'],
    ['Recargo', 'Los pagos atrasados devengarán un recargo del 2 % mensual.'],
    ['Horario', 'Atención de lunes a viernes, de 10:00 a 18:00 h (hora de Madrid).'],
  ],
  zh: [
    ['服务内容', '乙方为甲方开发{n}个页面的网站，不包括在线商城。'],
    ['修改', '本合同包含{r}轮修改，超出部分每轮收费人民币{x}元。'],
    ['付款', '甲方应在收到发票后{d}日内付款。'],
    ['逾期付款', '逾期付款按每日0.05%支付滞纳金。'],
    ['工作时间', '乙方工作时间为周一至周五上午9点至下午6点（北京时间）。'],
  ],
};
const fill = (t, v) => t.replace(/\{(\w)\}/g, (_, k) => String(v[k]));

function generate() {
  const clients = [], agreements = [];
  for (let i = 0; i < ${CLIENTS}; i++) {
    const name = pick(SYL) + pick(SYL) + pick(SYL) + ' ' + pick(WORDS) + ' ' + i;
    const domain = 'client' + i + '.example.com';
    const publicOnly = i % 10 === 0;
    clients.push({
      id: 'c-' + i, name,
      emails: [publicOnly ? 'owner' + i + '@gmail.com' : 'ana' + i + '@' + domain, 'billing' + i + '@' + (publicOnly ? 'qq.com' : domain)],
      domains: publicOnly ? [] : [domain],
      language: pick(['en', 'es', 'zh']),
    });
    const lang = i % 10 < 5 ? 'en' : i % 10 < 8 ? 'es' : 'zh';
    const v = { n: 3 + (i % 7), r: 1 + (i % 3), x: 100 + (i % 5) * 50, d: 15 + (i % 4) * 15, h: 40 + (i % 6) * 10 };
    const invoices = [];
    for (let k = 0; k < ${INVOICES_PER_AGREEMENT}; k++) {
      const month = String(1 + k).padStart(2, '0');
      invoices.push({ number: 'INV-' + i + '-' + k, amount: 500 + ((i + k) % 20) * 100, issuedAt: '2026-' + month + '-01', dueAt: '2026-' + month + '-15', paidAt: k < 8 ? '2026-' + month + '-10' : null });
    }
    agreements.push({
      id: 'a-' + i, clientId: 'c-' + i, title: (lang === 'zh' ? '网站开发合同 ' : lang === 'es' ? 'Rediseño web ' : 'Website redesign ') + i,
      status: 'active', signedAt: '2026-01-10', start: '2026-01-10', currency: lang === 'zh' ? 'CNY' : 'EUR', language: lang,
      scope: { deliverables: ['Website', 'Contact form'], exclusions: ['Online shop'], revisionRounds: v.r },
      hours: { timezone: lang === 'zh' ? 'Asia/Shanghai' : 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
      money: { fee: 4800, hourlyRate: v.h, netDays: v.d, lateFee: { percentPerMonth: 1.5 }, extraRoundRate: v.x },
      clientObligations: [{ what: 'Copy and photos', due: '2026-02-01' }],
      clauses: CLAUSES[lang].map(([heading, text], k) => ({ number: String(k + 1), heading, text: fill(text, v) })),
      invoices,
    });
  }
  return { format: 'clausemate/1', exportedAt: '2026-11-28T00:00:00Z', provider: { name: 'Bench', timezone: 'Europe/Madrid' }, clients, agreements, templates: [], requests: [] };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = () => resolve(undefined); tx.onerror = tx.onabort = () => reject(tx.error); });

let backupText = '', backup = null, db = null, raw = null;

async function prepare() {
  backup = generate();
  backupText = JSON.stringify(backup);
  return { bytes: backupText.length, clients: backup.clients.length, agreements: backup.agreements.length, invoices: backup.agreements.reduce((n, a) => n + a.invoices.length, 0) };
}

// The bare operation: the same records, already in their stored form, put into object stores with the same indexes
// in one transaction — no parsing, validation or search index.
async function rawImport() {
  const clients = backup.clients.map(normaliseClient);
  const agreements = backup.agreements.map(normaliseAgreement);
  const open = indexedDB.open('bench-raw', 1);
  open.onupgradeneeded = () => {
    const d = open.result;
    const c = d.createObjectStore('clients', { keyPath: 'id' });
    c.createIndex('emails', 'emails', { multiEntry: true });
    c.createIndex('domains', 'domains', { multiEntry: true });
    c.createIndex('name', 'name');
    const a = d.createObjectStore('agreements', { keyPath: 'id' });
    a.createIndex('clientId', 'clientId');
    a.createIndex('status', 'status');
  };
  raw = await req(open);
  const t0 = performance.now();
  const tx = raw.transaction(['clients', 'agreements'], 'readwrite');
  for (const c of clients) tx.objectStore('clients').put(c);
  for (const a of agreements) tx.objectStore('agreements').put(a);
  await done(tx);
  return performance.now() - t0;
}

async function ourImport() {
  db = createDatabase('clausemate-bench');
  await db.open();
  const t0 = performance.now();
  const report = await importBackup(db, backupText);
  const ms = performance.now() - t0;
  if (!report.ok) throw new Error('import failed: ' + JSON.stringify(report.problems.slice(0, 3)));
  return ms;
}

// Again: the same file creates no duplicates.
async function ourReimport() {
  const t1 = performance.now();
  const again = await importBackup(db, backupText);
  const msAgain = performance.now() - t1;
  const count = await db.agreements.count();
  return { msAgain, ok: again.ok, count };
}

function senders(n) {
  const out = [];
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rand() * ${CLIENTS});
    const r = k % 10;
    out.push(r < 4 ? backup.clients[i].emails[0].toUpperCase() : r < 7 ? 'someone' + k + '@mail.client' + i + '.example.com' : r < 9 ? 'x' + k + '@unknown' + k + '.org' : 'y' + k + '@gmail.com');
  }
  return out;
}

// A lookup and a bare get alternate, so that both see the same moments of a shared machine.
async function lookupsBesideGets(n) {
  const list = senders(n);
  for (const s of list.slice(0, 100)) await findClientForSender(db, s);
  const ours = [], bare = [];
  let matched = 0;
  for (const s of list) {
    const id = 'c-' + Math.floor(rand() * ${CLIENTS});
    let t0 = performance.now();
    await req(raw.transaction('clients').objectStore('clients').get(id));
    bare.push(performance.now() - t0);
    t0 = performance.now();
    const m = await findClientForSender(db, s);
    ours.push(performance.now() - t0);
    if (m.status === 'matched') matched++;
  }
  return { median: median(ours), p95: pct(ours, 0.95), getMedian: median(bare), getP95: pct(bare, 0.95), matched };
}

const QUERIES = ['acme', 'ker', 'revisiones', 'late fee', 'horario', '修改', '逾期', 'online shop', 'INV-77', 'client4521', 'payable within', 'zen tor'];

function cursorPass() {
  return new Promise((resolve, reject) => {
    const r = raw.transaction('agreements').objectStore('agreements').openCursor();
    r.onsuccess = () => { const c = r.result; if (c) c.continue(); else resolve(undefined); };
    r.onerror = () => reject(r.error);
  });
}

// Each round runs every query once, then one bare cursor pass: value and baseline alternate. Each query is cold: what
// the searches read before (kept between keystrokes) is forgotten first.
async function searchesBesideCursor() {
  const times = [], cursor = [];
  const per = {};
  for (let rep = 0; rep < 6; rep++) {
    for (const q of QUERIES) {
      forgetSearchCache(db);
      const t0 = performance.now();
      const hits = await searchAgreements(db, q, 20);
      const ms = performance.now() - t0;
      if (rep > 0) { times.push(ms); (per[q] ??= []).push(ms); }
      if (rep === 0 && q === '修改' && hits.length === 0) throw new Error('search found nothing for 修改');
    }
    const t0 = performance.now();
    await cursorPass();
    if (rep > 0) cursor.push(performance.now() - t0);
  }
  return { median: median(times), p95: pct(times, 0.95), cursor: median(cursor), perQuery: Object.fromEntries(Object.entries(per).map(([q, t]) => [q, median(t)])) };
}

// The popup as the user types: every query from its first letter, one search per keystroke, each query starting cold.
async function typedSearches() {
  const times = [];
  for (let rep = 0; rep < 3; rep++) {
    for (const q of QUERIES) {
      forgetSearchCache(db);
      const chars = [...q];
      for (let i = 1; i <= chars.length; i++) {
        const t0 = performance.now();
        await searchAgreements(db, chars.slice(0, i).join(''), 20);
        if (rep > 0) times.push(performance.now() - t0);
      }
    }
  }
  return { median: median(times), p95: pct(times, 0.95), keystrokes: times.length };
}

window.bench = { prepare, rawImport, ourImport, ourReimport, lookupsBesideGets, searchesBesideCursor, typedSearches };
`;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: { contents: PAGE_SOURCE, resolveDir: root, loader: 'ts', sourcefile: 'agreements-bench-page.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

function serve(script: string): Promise<Server> {
  const server = createServer((request, response) => {
    // Cross-origin isolation gives performance.now() its fine resolution, which sub-millisecond lookups need. The
    // extension pages' policy (Manifest V3's default) forbids eval, so zod validates here as it does in the extension:
    // without compiling its parsers with new Function.
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store',
      'Content-Security-Policy': "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    };
    if (request.url === '/bench.js') {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(script);
    } else {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><meta charset="utf-8"><title>agreements bench</title><script src="/bench.js"></script>');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function run(): Promise<BenchRow[]> {
  const script = await bundle();
  const server = await serve(script);
  const profile = mkdtempSync(join(tmpdir(), 'clausemate-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    type Bench = Record<string, (...args: unknown[]) => Promise<unknown>>;
    const call = <T>(name: string, ...args: unknown[]) =>
      page.evaluate(([n, a]) => ((window as unknown as { bench: Bench }).bench[n as string]!)(...(a as unknown[])), [name, args] as const) as Promise<T>;

    // The page's main-thread CPU time (CDP's ThreadTime) beside the wall time: on a shared machine the wall time of an
    // import swings with the load, its CPU time much less.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadMs = async () => 1000 * ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
    const withCpu = async <T>(name: string): Promise<{ result: T; cpu: number }> => {
      const before = await threadMs();
      const result = await call<T>(name);
      return { result, cpu: (await threadMs()) - before };
    };

    const size = await call<{ bytes: number; clients: number; agreements: number; invoices: number }>('prepare');
    const { result: rawImportMs, cpu: rawImportCpu } = await withCpu<number>('rawImport');
    const { result: ourImportMs, cpu: ourImportCpu } = await withCpu<number>('ourImport');
    const again = await call<{ msAgain: number; ok: boolean; count: number }>('ourReimport');
    if (!again.ok || again.count !== size.agreements) throw new Error(`re-import changed the data: ${JSON.stringify(again)}`);
    const ours = { ms: ourImportMs, msAgain: again.msAgain };
    const lookups = await call<{ median: number; p95: number; getMedian: number; getP95: number; matched: number }>('lookupsBesideGets', LOOKUPS);
    const search = await call<{ median: number; p95: number; cursor: number; perQuery: Record<string, number> }>('searchesBesideCursor');
    const typed = await call<{ median: number; p95: number; keystrokes: number }>('typedSearches');
    process.stderr.write(`[bench] agreements: ${size.clients} clients, ${size.agreements} agreements, ${size.invoices} invoices, backup ${(size.bytes / 1e6).toFixed(1)} MB\n`);
    process.stderr.write(`[bench] agreements: search median per query (ms): ${JSON.stringify(search.perQuery)}\n`);

    const row = (name: string, value: number, unit: string, baseline: { name: string; value: number }, goal?: string): BenchRow => ({
      name, value, unit, baseline, ratio: baseline.value > 0 ? value / baseline.value : undefined, ...(goal ? { goal } : {}),
    });
    return [
      row('find agreement for sender, median', lookups.median, 'ms', { name: 'IDB get by key, median', value: lookups.getMedian }, '≤ 1 ms'),
      row('find agreement for sender, p95', lookups.p95, 'ms', { name: 'IDB get by key, p95', value: lookups.getP95 }),
      row('popup search (cold), median of 12 queries × 5', search.median, 'ms', { name: 'IDB cursor pass over 10k agreements', value: search.cursor }, '≤ 30 ms'),
      row('popup search (cold), p95', search.p95, 'ms', { name: 'IDB cursor pass over 10k agreements', value: search.cursor }, '≤ 30 ms'),
      row(`popup search as typed, median of ${typed.keystrokes} keystrokes`, typed.median, 'ms', { name: 'IDB cursor pass over 10k agreements', value: search.cursor }),
      row('popup search as typed, p95', typed.p95, 'ms', { name: 'IDB cursor pass over 10k agreements', value: search.cursor }),
      row(`import backup (${(size.bytes / 1e6).toFixed(0)} MB, 10k clients/agreements, 100k invoices)`, ours.ms, 'ms', { name: 'IDB bulk put of the stored records', value: rawImportMs }, '≤ 3000 ms'),
      row('import backup, main-thread CPU', ourImportCpu, 'ms', { name: 'IDB bulk put, main-thread CPU (records built and put)', value: rawImportCpu }),
      row('re-import the same backup (no duplicates)', ours.msAgain, 'ms', { name: 'IDB bulk put of the stored records', value: rawImportMs }, '≤ 3000 ms'),
    ];
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
