// `npm run eval -- FILE [--json] [--errors]`: classify every labelled message of a JSON-lines corpus (its new text only,
// after splitReply, as the CLI does) and print precision, recall and F1 per kind and per language, macro-F1 and the
// false-alarm rate on routine messages. --errors lists the messages whose labels differ.
import { readFileSync } from 'node:fs';
import { evaluate, outcomesOf, parseLabelled, type GroupFigures, type Outcome } from '../utils/triage/evaluation';
import { REQUEST_KINDS } from '../utils/triage/kinds';

function main(): number {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run eval -- FILE.jsonl [FILE2.jsonl …] [--json] [--errors]');
    return 2;
  }
  const outcomes: Outcome[] = [];
  const errors: string[] = [];
  for (const file of files) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`cannot read ${file}: ${(e as Error).message}`);
      return 2;
    }
    const { messages, problems } = parseLabelled(raw);
    for (const p of problems) console.error(`${file}: ${p}`);
    for (const o of outcomesOf(messages)) {
      outcomes.push(o);
      const missing = o.gold.filter((k) => !o.predicted.includes(k));
      const extra = o.predicted.filter((k) => !o.gold.includes(k));
      if (missing.length || extra.length) {
        errors.push(`${o.id}  missed: ${missing.join(',') || '-'}  false: ${extra.join(',') || '-'}\n    ${o.body.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
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
