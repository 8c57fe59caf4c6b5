// `npm run train -- [--folds 5] [--check] [--oof FILE] [FILE.jsonl …]`: trains the triage model (utils/triage/model/)
// on the labelled corpora and writes utils/triage/model/model-weights.json. Cross-validation first: each fold is
// classified by a model that never saw it, the per-kind thresholds are chosen on those out-of-fold probabilities, and
// the figures printed are theirs. Held-out files (heldout*.jsonl) are refused: they measure the model, they never
// train it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyInputOf, evaluate, goldKinds, parseLabelled } from '../utils/triage/evaluation';
import { REQUEST_KINDS, type RequestKind } from '../utils/triage/kinds';
import { FEATURE_BITS, type MessageFeatures } from '../utils/triage/model/features';
import { featurize } from '../utils/triage/model/featurize';
import { featureFingerprint } from '../utils/triage/model/fingerprint';
import { trainFtrl, type TrainOptions, type TrainedKind } from '../utils/triage/model/ftrl';
import { logCountRatios, scaleRows } from '../utils/triage/model/log-count-ratios';
import { gateInputs, gateLogit, logOdds, sigmoid, type ModelFile } from '../utils/triage/model/linear-model';
import { packColumn } from '../utils/triage/model/packing';
import { printReport, type ReportedExample } from './train-report';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'utils/triage/model/model-weights.json');
const SCALE = 1000;
/** Share of routine messages that may get a label in cross-validation (the goal is 5%; this leaves a margin). */
let ALARM_BUDGET = 0.04;
let GATES = [0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.96];
// A kind this sure is given even when the gate finds the message routine, so a plain request ("can you also add a
// page?") is not lost to the gate. Set, not tuned: the corpora's routine messages are mostly written to be hard, so
// cross-validation would push it up and trade away exactly those plain requests. It was 0.9 until the corpora grew
// more trigger-word routine mail and the gate began to veto "¿nos haces un descuento del 30%?" (the kind at 0.89).
const SURE = 0.85;
let PENALTY = 3;
const OPTIONS: TrainOptions = { alpha: 0.1, beta: 1, l1: 6, l2: 0.5, epochs: 12, seed: 7, positiveWeight: 2 };
// `--set alpha=0.2,l1=0.3`: try other settings (with --check) before changing the defaults above.
function applySettings(spec: string | undefined): void {
  for (const pair of spec ? spec.split(',') : []) {
    const [key, value] = pair.split('=');
    if (key === 'penalty') {
      PENALTY = Number(value);
      continue;
    }
    if (key === 'budget') {
      ALARM_BUDGET = Number(value);
      continue;
    }
    if (key === 'ratios') {
      RATIOS = value !== '0';
      continue;
    }
    if (key === 'gate') {
      GATES = [Number(value)];
      continue;
    }
    if (!key || !(key in OPTIONS) && key !== 'positiveWeight') throw new Error(`unknown setting ${key}`);
    (OPTIONS as unknown as Record<string, number>)[key] = Number(value);
  }
}

interface Example extends ReportedExample {
  features: MessageFeatures;
}

function defaultFiles(): string[] {
  const corpus = join(root, 'test/fixtures/corpus');
  const own = readdirSync(corpus)
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('heldout'))
    .sort()
    .map((f) => join(corpus, f));
  const dev = join(root, '../shared/corpus/dev.jsonl');
  return existsSync(dev) ? [dev, ...own] : own;
}

function load(files: string[]): Example[] {
  const out: Example[] = [];
  for (const file of files) {
    if (basename(file).startsWith('heldout')) throw new Error(`${file} is held out: it measures the model, it does not train it`);
    const { messages, problems } = parseLabelled(readFileSync(file, 'utf8'));
    for (const p of problems) console.error(`${basename(file)}: ${p}`);
    for (const m of messages) {
      const input = classifyInputOf(m);
      const { features } = featurize(input.text, { ...input, agreement: null });
      out.push({ id: m.id, file: basename(file), lang: m.lang ?? 'en', gold: goldKinds(m.labels), text: input.text, features });
    }
  }
  return out;
}

/**
 * Files written for a few kinds (train-j, -k, -l: the three core kinds; train-m: payment delay and discount pressure in
 * Chinese; train-n: discount pressure and rush deadline): their other kinds were added only where natural, so a
 * missing label there proves nothing. They train their own kinds and the gate, and are never scored.
 */
const FOCUSED_FILES: ReadonlyArray<readonly [prefix: string, kinds: readonly RequestKind[]]> = [
  ['train-j', ['scope_change', 'after_hours_urgency', 'payment_delay']],
  ['train-k', ['scope_change', 'after_hours_urgency', 'payment_delay']],
  ['train-l', ['scope_change', 'after_hours_urgency', 'payment_delay']],
  ['train-m', ['payment_delay', 'discount_pressure']],
  ['train-n', ['discount_pressure', 'rush_deadline']],
];
const focusOf = (e: Example) => FOCUSED_FILES.find(([prefix]) => e.file.startsWith(prefix))?.[1];
const focused = (e: Example) => focusOf(e) !== undefined;

// Each kind's model is trained on features scaled by their log-count ratios for that kind (log-count-ratios.ts), and
// its weights are scaled back, so the model file reads plain features. Cross-validated on the same 11,299 messages:
// macro-F1 0.861 -> 0.870. `--set ratios=0` trains on plain features.
let RATIOS = true;

function fit(examples: Example[]): TrainedKind[] {
  return REQUEST_KINDS.map((kind) => {
    const rows = examples
      .filter((e) => focusOf(e)?.includes(kind) ?? true)
      .map((e) => ({ features: e.features, label: (e.gold.includes(kind) ? 1 : 0) as 0 | 1 }));
    if (!RATIOS) return trainFtrl(rows, 1 << FEATURE_BITS, OPTIONS);
    const scale = logCountRatios(rows);
    const model = trainFtrl(scaleRows(rows, scale), 1 << FEATURE_BITS, OPTIONS);
    for (const [id, w] of model.weights) model.weights.set(id, w * scale(id));
    return model;
  });
}

/** The routine gate: anything to flag at all? A label needs its agreement unless the kind itself is sure. */
function fitGate(examples: Example[]): TrainedKind {
  return trainFtrl(examples.map((e) => ({ features: e.features, label: e.gold.length > 0 ? 1 : 0 })), 1 << FEATURE_BITS, OPTIONS);
}

/** Weights of the stacked gate (one per gateInputs input, then the bias), by gradient descent with L2. */
function fitGateStack(x: Array<[number, number, number]>, y: boolean[]): number[] {
  const w = [0, 0, 0, 0];
  const rate = 0.5;
  for (let step = 0; step < 400; step++) {
    const g = [0, 0, 0, 0];
    x.forEach((row, i) => {
      const r = sigmoid(gateLogit(w, row)) - (y[i] ? 1 : 0);
      for (let j = 0; j < 3; j++) g[j]! += r * row[j]!;
      g[3]! += r;
    });
    for (let j = 0; j < 4; j++) w[j]! -= rate * (g[j]! / x.length + (j < 3 ? 1e-3 * w[j]! : 0));
    // More evidence of a request never makes the message more routine: the corpora's routine messages are written to
    // be full of trigger words, and without this the gate learned to distrust the lexicons' plainest cues.
    for (let j = 0; j < 3; j++) w[j] = Math.max(0, w[j]!);
  }
  return w;
}

function probability(model: TrainedKind, f: MessageFeatures): number {
  let z = model.bias;
  for (let i = 0; i < f.ids.length; i++) z += (model.weights.get(f.ids[i]!) ?? 0) * f.values[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** A fold per example from its id, so the folds do not move when files are added or reordered. */
function foldOf(id: string, folds: number): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % folds;
}

/**
 * The threshold with the best F1 for one kind, where a false label on a routine message counts `penalty` times:
 * a false alarm on a friendly message costs the user's trust more than a confusion between two kinds.
 */
function bestThreshold(probs: number[], gold: boolean[], routine: boolean[], penalty: number): number {
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.05; t <= 0.9001; t += 0.05) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < probs.length; i++) {
      const yes = probs[i]! >= t;
      if (yes && gold[i]) tp++;
      else if (yes) fp += routine[i] ? penalty : 1;
      else if (gold[i]) fn++;
    }
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    // Ties go to the higher threshold: fewer false alarms for the same F1.
    if (f1 >= bestF1) {
      bestF1 = f1;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/** The flags followed by a value (the rest of the arguments are corpus files). */
const VALUE_FLAGS = ['--folds', '--set', '--focus', '--errors', '--without', '--compare', '--oof'];

function main(): void {
  const args = process.argv.slice(2);
  const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const folds = Number(valueOf('--folds') ?? 5);
  applySettings(valueOf('--set'));
  const files = args.filter((a, i) => !a.startsWith('--') && !VALUE_FLAGS.includes(args[i - 1] ?? ''));
  // `--compare train-j,train-k`: those files only ever train, never score, so the figures of a run with them and one
  // without (`--without train-j,train-k`) are on the same messages and can be compared.
  const without = (valueOf('--without') ?? '').split(',').filter(Boolean);
  const trainOnly = (valueOf('--compare') ?? '').split(',').filter(Boolean);
  const all = load(files.length ? files : defaultFiles()).filter((e) => !without.some((w) => e.file.startsWith(w)));
  const isTrainOnly = (e: Example) => focused(e) || trainOnly.some((w) => e.file.startsWith(w));
  const examples = all.filter((e) => !isTrainOnly(e));
  console.log(`${all.length} messages from ${new Set(all.map((e) => e.file)).size} files; ${examples.length} scored in cross-validation`);

  // Out-of-fold probabilities for every example and kind.
  const oof = examples.map(() => new Array<number>(REQUEST_KINDS.length).fill(0));
  const oofGate = examples.map(() => 1);
  for (let f = 0; f < folds; f++) {
    const train = all.filter((e) => isTrainOnly(e) || foldOf(e.id, folds) !== f);
    const models = fit(train);
    const gate = fitGate(train);
    examples.forEach((e, i) => {
      if (foldOf(e.id, folds) !== f) return;
      models.forEach((m, k) => (oof[i]![k] = probability(m, e.features)));
      oofGate[i] = probability(gate, e.features);
    });
  }
  // The gate reads the gate model's log-odds beside every kind's: a stacked logistic fitted on the out-of-fold
  // outputs, so a confident kind model can open it for a message the gate model alone would call routine.
  const stackInput = (i: number) => gateInputs([...oof[i]!, oofGate[i]!].map(logOdds), REQUEST_KINDS.length, examples[i]!.features.strongestRule);
  const stack = fitGateStack(examples.map((_, i) => stackInput(i)), examples.map((e) => e.gold.length > 0));
  const flagged = (p: number[]) => examples.filter((e, i) => e.gold.length === 0 && p[i]! >= 0.5).length / Math.max(1, examples.filter((e) => e.gold.length === 0).length);
  const alone = flagged(oofGate);
  examples.forEach((_, i) => (oofGate[i] = sigmoid(gateLogit(stack, stackInput(i)))));
  console.log(`gate alone: routine messages flagged ${(alone * 100).toFixed(1)}%; stacked: ${(flagged(oofGate) * 100).toFixed(1)}%`);
  // The gate: a label needs the gate's agreement that the message is not routine, unless the kind itself is sure.
  // Thresholds per kind for each gate setting; keep the best macro-F1 whose false alarms stay in the budget.
  const routine = examples.map((e) => e.gold.length === 0);
  let choice = { gate: 0, thresholds: [] as number[], macro: -1, alarms: 1 };
  for (const gate of GATES) {
    const gated = (i: number, k: number) => (oofGate[i]! >= gate || oof[i]![k]! >= SURE ? oof[i]![k]! : 0);
    const thresholds = REQUEST_KINDS.map((kind, k) => bestThreshold(examples.map((_, i) => gated(i, k)), examples.map((e) => e.gold.includes(kind)), routine, PENALTY));
    const r = evaluate(examples.map((e, i) => ({ id: e.id, lang: e.lang, gold: e.gold, predicted: REQUEST_KINDS.filter((_, k) => gated(i, k) >= thresholds[k]!) })));
    if (process.env.TRAIN_VERBOSE) console.log(`    gate ${gate}: macro-F1 ${r.all.macroF1.toFixed(3)}, false alarms ${(r.all.falseAlarmRate * 100).toFixed(1)}%`);
    const inBudget = r.all.falseAlarmRate <= ALARM_BUDGET;
    const better = inBudget ? choice.alarms > ALARM_BUDGET || r.all.macroF1 > choice.macro : r.all.falseAlarmRate < choice.alarms;
    if (better) choice = { gate, thresholds, macro: r.all.macroF1, alarms: r.all.falseAlarmRate };
  }
  const { thresholds, gate } = choice;
  const predict = (i: number) => REQUEST_KINDS.filter((_, k) => (oofGate[i]! >= gate || oof[i]![k]! >= SURE) && oof[i]![k]! >= thresholds[k]!);
  console.log(`gate ${gate}, or a kind at ${SURE}`);
  // `--oof FILE`: the out-of-fold probabilities behind these figures, for trying decision rules without retraining.
  const oofFile = valueOf('--oof');
  if (oofFile) {
    const rows = examples.map((e, i) => ({ id: e.id, file: e.file, lang: e.lang, gold: e.gold, kinds: oof[i], gate: oofGate[i] }));
    writeFileSync(oofFile, JSON.stringify({ kinds: REQUEST_KINDS, gate, sure: SURE, thresholds, rows }) + '\n');
  }
  printReport(examples, predict, { folds, thresholds, errors: valueOf('--errors'), focus: valueOf('--focus') });
  if (args.includes('--check')) return;

  if (without.length || trainOnly.length) return;
  const models = fit(all);
  const gateModel = fitGate(all);
  const file: ModelFile = {
    version: 2,
    bits: FEATURE_BITS,
    fingerprint: featureFingerprint(),
    kinds: [...REQUEST_KINDS],
    bias: models.map((m) => round(m.bias)),
    thresholds,
    features: models.map((m) => packColumn([...m.weights])),
    gate: { bias: round(gateModel.bias), threshold: gate, sure: SURE, stack: stack.map(round), column: packColumn([...gateModel.weights]) },
  };
  writeFileSync(OUT, JSON.stringify(file) + '\n');
  const kept = models.reduce((n, m) => n + m.weights.size, gateModel.weights.size);
  console.log(`wrote ${OUT}: ${kept} weights, ${(JSON.stringify(file).length / 1024).toFixed(0)} KB`);
}

function round(x: number): number {
  return Math.round(x * SCALE) / SCALE;
}

main();
