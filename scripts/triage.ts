// npm run triage -- FILE [--agreements BACKUP] [--drafts] [--now ISO] [--tz ZONE]
// Streams JSON lines, .eml or mbox (or "-" for JSON lines on standard input) and writes one JSON line per message.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parseBackup } from '../utils/agreements/backup';
import type { Backup } from '../utils/agreements/schema';
import { triageRecord, type TriageInput, type TriageOptions } from '../utils/analysis/triage-record';
import { readMailFile } from '../utils/mail/mail-file';

const USAGE = 'usage: npm run triage -- FILE|- [--agreements BACKUP.json] [--drafts] [--now ISO] [--tz ZONE]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      agreements: { type: 'string' },
      drafts: { type: 'boolean', default: false },
      now: { type: 'string' },
      tz: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const file = positionals[0];
  if (values.help || !file) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(`--now: "${values.now}" is not an ISO 8601 date and time`);
    return 2;
  }
  if (values.tz && !isTimeZone(values.tz)) {
    console.error(`--tz: "${values.tz}" is not an IANA time zone such as Europe/Madrid`);
    return 2;
  }
  const options: TriageOptions = { now, drafts: values.drafts, timezone: values.tz };
  if (values.agreements) {
    const backup = loadBackup(values.agreements);
    if (!backup) return 1;
    options.backup = backup;
  }

  try {
    for await (const input of readInputs(file)) {
      process.stdout.write(JSON.stringify(processOne(input, options)) + '\n');
    }
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    return 1;
  }
  return 0;
}

type Line = TriageInput | { id: string; error: string };

function processOne(input: Line, options: TriageOptions) {
  if ('error' in input) return input;
  try {
    return triageRecord(input, options);
  } catch (error) {
    return { id: input.id, error: `could not analyse this message: ${(error as Error).message}` };
  }
}

async function* readInputs(file: string): AsyncGenerator<Line> {
  if (file === '-' || file.endsWith('.jsonl') || file.endsWith('.json')) {
    yield* readJsonLines(file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' }));
    return;
  }
  let n = 0;
  for await (const message of readMailFile(file)) {
    n++;
    if (message.error) {
      yield { id: message.id || `${file}#${n}`, error: message.error };
      continue;
    }
    yield { id: message.id || `${file}#${n}`, text: message.text, from: message.from, subject: message.subject, sentAt: message.sentAt ?? undefined };
  }
}

async function* readJsonLines(stream: NodeJS.ReadableStream): AsyncGenerator<Line> {
  let n = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    const line = raw.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { id: `line-${n}`, error: `line ${n} is not valid JSON` };
      continue;
    }
    const record = value as Partial<TriageInput> | null;
    const id = typeof record?.id === 'string' || typeof record?.id === 'number' ? String(record.id) : `line-${n}`;
    if (!record || typeof record.text !== 'string') {
      yield { id, error: `line ${n} has no "text" string` };
      continue;
    }
    yield { ...record, id, text: record.text } as TriageInput;
  }
}

function loadBackup(path: string): Backup | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`--agreements ${path}: not a readable JSON file (${(error as Error).message})`);
    return null;
  }
  const parsed = parseBackup(raw);
  if (!parsed.ok) {
    console.error(`--agreements ${path}: not a valid Clausemate backup:`);
    for (const p of parsed.problems) console.error(`  ${p.path || '(file)'}: ${p.message}`);
    return null;
  }
  return parsed.backup;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

main().then((code) => process.exit(code));
