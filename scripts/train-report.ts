// What `npm run train` prints about its cross-validation: the figures overall, per language, per kind and per file,
// the files of one prefix (`--focus`), and every miss and false label with its text (`--errors FILE`).
import { writeFileSync } from 'node:fs';
import { evaluate, type Outcome } from '../utils/triage/evaluation';
import { REQUEST_KINDS, type RequestKind } from '../utils/triage/kinds';

export interface ReportedExample {
  id: string;
  file: string;
  lang: string;
  gold: RequestKind[];
  text: string;
}

export interface ReportOptions {
  folds: number;
  thresholds: readonly number[];
  /** A file to write every miss and false label to. */
  errors?: string;
  /** A file-name prefix to report on by itself. */
  focus?: string;
}

/** `predict(i)`: the kinds given to examples[i] by the model that never saw it. */
export function printReport(examples: readonly ReportedExample[], predict: (i: number) => RequestKind[], opts: ReportOptions): void {
  const outcomes = (subset: (e: ReportedExample) => boolean): Outcome[] =>
    examples.flatMap((e, i) => (subset(e) ? [{ id: e.id, lang: e.lang, gold: e.gold, predicted: predict(i) }] : []));
  const report = evaluate(outcomes(() => true));
  console.log(`cross-validated (${opts.folds} folds), all files: macro-F1 ${report.all.macroF1.toFixed(3)}, false alarms ${percent(report.all.falseAlarmRate)}`);
  for (const [lang, g] of Object.entries(report.byLang)) console.log(`  ${lang.padEnd(8)} macro-F1 ${g.macroF1.toFixed(3)}  false alarms ${percent(g.falseAlarmRate)}  (${g.messages})`);
  for (const kind of REQUEST_KINDS) {
    const k = report.all.perKind[kind];
    console.log(`  ${kind.padEnd(20)} P ${k.precision.toFixed(2)} R ${k.recall.toFixed(2)} F1 ${k.f1.toFixed(2)} (${k.support})  threshold ${opts.thresholds[REQUEST_KINDS.indexOf(kind)]}`);
  }
  const alarms = REQUEST_KINDS.map((kind) => examples.filter((e, i) => e.gold.length === 0 && predict(i).includes(kind)).length);
  console.log(`  false alarms by kind: ${REQUEST_KINDS.map((kind, k) => (alarms[k] ? `${kind} ${alarms[k]}` : '')).filter(Boolean).join(', ')}`);
  if (opts.errors) writeErrors(opts.errors, examples, predict);
  const focus = opts.focus;
  if (focus) {
    const r = evaluate(outcomes((e) => e.file.startsWith(focus)));
    console.log(`  files ${focus}*: macro-F1 ${r.all.macroF1.toFixed(3)}, false alarms ${percent(r.all.falseAlarmRate)}`);
    for (const kind of REQUEST_KINDS) {
      const k = r.all.perKind[kind];
      console.log(`    ${kind.padEnd(20)} P ${k.precision.toFixed(2)} R ${k.recall.toFixed(2)} F1 ${k.f1.toFixed(2)} (${k.support})`);
    }
    for (const [lang, g] of Object.entries(r.byLang)) console.log(`    ${lang.padEnd(8)} macro-F1 ${g.macroF1.toFixed(3)}  false alarms ${percent(g.falseAlarmRate)}  scope ${g.perKind.scope_change.f1.toFixed(2)} hours ${g.perKind.after_hours_urgency.f1.toFixed(2)} pay ${g.perKind.payment_delay.f1.toFixed(2)}`);
  }
  for (const file of [...new Set(examples.map((e) => e.file))]) {
    const r = evaluate(outcomes((e) => e.file === file));
    console.log(`  ${file.padEnd(24)} macro-F1 ${r.all.macroF1.toFixed(3)}  false alarms ${percent(r.all.falseAlarmRate)}`);
  }
}

function writeErrors(path: string, examples: readonly ReportedExample[], predict: (i: number) => RequestKind[]): void {
  const lines = examples.flatMap((e, i) => {
    const p = predict(i);
    const missed = e.gold.filter((k) => !p.includes(k));
    const extra = p.filter((k) => !e.gold.includes(k));
    return missed.length || extra.length ? [`${e.id}  missed: ${missed.join(',') || '-'}  false: ${extra.join(',') || '-'}\n    ${e.text.replace(/\s+/g, ' ').slice(0, 300)}`] : [];
  });
  writeFileSync(path, lines.join('\n') + '\n');
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}
