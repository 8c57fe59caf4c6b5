// `npm run eval -- FILE… [--gold ANNOTATION] [--annotator ANNOTATION] [--without-agreements] [--json] [--errors]`:
// classify every labelled message of JSON-lines corpora (its new text only, after splitReply, as the CLI does) and
// print precision, recall and F1 per kind and per language, macro-F1 and the false-alarm rate on routine messages.
// --errors lists the messages whose labels differ. A line may carry the agreement that applies to it (`"agreement"`:
// its scope and hours, as the options page stores them) and the client's earlier messages (`"prior"`); the
// classifier then reads them as in the extension. --without-agreements classifies the same lines as if no agreement
// applied: the difference is what grounding in the agreement adds.
// A second annotator's labels (`{"id", "labels", "note"?}` lines; the flags repeat, one file each) change what is
// compared: --gold scores against that annotator's labels instead of the corpus's; --annotator scores that annotator
// instead of the classifier (against the corpus's labels, or --gold's), which measures how far two people agree.
// Only the messages the annotation files label are scored (a repeated flag adds a file: sets labelled apart).
import { readFileSync } from 'node:fs';
import {
  annotatorOutcomes,
  evaluate,
  outcomesOf,
  parseAnnotations,
  parseLabelled,
  withAnnotations,
  type GroupFigures,
  type LabelledMessage,
  type Outcome,
} from '../utils/triage/evaluation';
import { REQUEST_KINDS } from '../utils/triage/kinds';

const VALUE_FLAGS = new Set(['--gold', '--annotator']);
const SWITCHES = new Set(['--json', '--errors', '--without-agreements']);

function main(): number {
  const args = process.argv.slice(2);
  const files: string[] = [];
  const flagged: Record<string, string[]> = { '--gold': [], '--annotator': [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (VALUE_FLAGS.has(a)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) {
        console.error(`${a} needs a file`);
        return 2;
      }
      flagged[a]!.push(value);
    } else if (!a.startsWith('--')) files.push(a);
    else if (!SWITCHES.has(a)) {
      console.error(`unknown option ${a}`);
      return 2;
    }
  }
  if (files.length === 0) {
    console.error('usage: npm run eval -- FILE.jsonl [FILE2.jsonl …] [--gold ANNOTATION.jsonl] [--annotator ANNOTATION.jsonl] [--without-agreements] [--json] [--errors]');
    return 2;
  }
  let messages: LabelledMessage[] = [];
  for (const file of files) {
    const raw = readText(file);
    if (raw === null) return 2;
    const parsed = parseLabelled(raw);
    for (const p of parsed.problems) console.error(`${file}: ${p}`);
    messages.push(...parsed.messages);
  }
  const gold = readAnnotations(flagged['--gold']!);
  const annotator = readAnnotations(flagged['--annotator']!);
  if (!gold || !annotator) return 2;
  if (flagged['--gold']!.length) {
    const annotated = withAnnotations(messages, gold);
    reportLeftOut(annotated.unlabelled, '--gold');
    messages = annotated.messages;
  }
  const byAnnotator = flagged['--annotator']!.length > 0;
  // annotatorOutcomes skips the messages the annotator did not label; they are only reported here.
  if (byAnnotator) reportLeftOut(messages.filter((m) => !annotator.has(m.id)).map((m) => m.id), '--annotator');

  const outcomes: Array<Outcome & { body?: string }> = byAnnotator
    ? annotatorOutcomes(messages, annotator)
    : outcomesOf(messages, { agreements: !args.includes('--without-agreements') });
  const errors: string[] = [];
  const texts = new Map(messages.map((m) => [m.id, m.text]));
  for (const o of outcomes) {
    const missing = o.gold.filter((k) => !o.predicted.includes(k));
    const extra = o.predicted.filter((k) => !o.gold.includes(k));
    if (missing.length || extra.length) {
      const body = o.body ?? texts.get(o.id) ?? '';
      errors.push(`${o.id}  missed: ${missing.join(',') || '-'}  false: ${extra.join(',') || '-'}\n    ${body.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  const report = evaluate(outcomes);
  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  printReport(report.all, report.byLang);
  if (args.includes('--errors')) console.log(`\nDisagreements (${errors.length}):\n${errors.join('\n')}`);
  return 0;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    return null;
  }
}

/** Every annotation file's labels, by id (a later file's id replaces an earlier one's). */
function readAnnotations(files: string[]): Map<string, string[]> | null {
  const all = new Map<string, string[]>();
  for (const file of files) {
    const raw = readText(file);
    if (raw === null) return null;
    const { labels, problems } = parseAnnotations(raw);
    for (const p of problems) console.error(`${file}: ${p}`);
    for (const [id, l] of labels) all.set(id, l);
  }
  return all;
}

function reportLeftOut(ids: string[], flag: string): void {
  if (ids.length) console.error(`${flag}: ${ids.length} message(s) not annotated, left out (first: ${ids[0]})`);
}

const f2 = (n: number) => n.toFixed(2);

function printReport(all: GroupFigures, byLang: Record<string, GroupFigures>): void {
  const langs = Object.keys(byLang);
  const head = ['kind'.padEnd(20), 'P'.padStart(5), 'R'.padStart(5), 'F1'.padStart(5), 'n'.padStart(4), ...langs.map((l) => `F1 ${l}`.padStart(10))];
  console.log(head.join(' '));
  for (const kind of REQUEST_KINDS) {
    const k = all.perKind[kind];
    const cells = langs.map((l) => {
      const g = byLang[l]!.perKind[kind];
      return (g.tp + g.fp + g.fn === 0 ? '—' : `${f2(g.f1)} (${g.support})`).padStart(10);
    });
    console.log([kind.padEnd(20), f2(k.precision).padStart(5), f2(k.recall).padStart(5), f2(k.f1).padStart(5), String(k.support).padStart(4), ...cells].join(' '));
  }
  console.log('');
  console.log(['group'.padEnd(20), 'messages'.padStart(9), 'macro-F1'.padStart(9), 'routine'.padStart(8), 'false alarms'.padStart(13), 'exact'.padStart(6)].join(' '));
  for (const [name, g] of [['all', all] as const, ...Object.entries(byLang)]) {
    const alarms = `${f2(g.falseAlarmRate * 100)}%`;
    console.log([name.padEnd(20), String(g.messages).padStart(9), f2(g.macroF1).padStart(9), String(g.routine).padStart(8), alarms.padStart(13), f2(g.exactMatch).padStart(6)].join(' '));
  }
}

process.exitCode = main();
