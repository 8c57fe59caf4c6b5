import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, outcomesOf, parseLabelled } from '../../../utils/triage/evaluation';

// Regression guards only. The floors sit honestly BELOW what was measured when they were set (issue 4's notes have the
// full tables): held-out macro-F1 0.96 with 2.1% false alarms; blind held-out (heldout-blind18: 300 messages by a
// writer who read no corpus file) macro-F1 0.95 with 2.6% false alarms, and hard cases (heldout-hard42) macro-F1 0.90
// with 3.8%, on the model trained at stop 12; development set 1.00 (it was tuned on). They catch a change that breaks
// the classifier; they do not claim the figures themselves, and they are not the goals.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const report = (file: string) => evaluate(outcomesOf(parseLabelled(readFileSync(file, 'utf8')).messages));

describe('accuracy floors (regression guards)', () => {
  it('held-out corpus: macro-F1 ≥ 0.85, core kinds F1 ≥ 0.80 per language, false alarms ≤ 8%', () => {
    const r = report(join(root, 'test/fixtures/corpus/heldout.jsonl'));
    expect(r.all.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(r.all.falseAlarmRate).toBeLessThanOrEqual(0.08);
    for (const lang of ['en', 'es', 'zh']) {
      for (const kind of ['scope_change', 'after_hours_urgency', 'payment_delay'] as const) {
        expect(r.byLang[lang]!.perKind[kind].f1, `${lang} ${kind}`).toBeGreaterThanOrEqual(0.8);
      }
    }
  });

  it('blind held-out corpus: macro-F1 ≥ 0.80, false alarms ≤ 8%', () => {
    const r = report(join(root, 'test/fixtures/corpus/heldout-blind18.jsonl'));
    expect(r.all.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(r.all.falseAlarmRate).toBeLessThanOrEqual(0.08);
  });

  it('hard-case held-out corpus: macro-F1 ≥ 0.80, false alarms ≤ 10%', () => {
    const r = report(join(root, 'test/fixtures/corpus/heldout-hard42.jsonl'));
    expect(r.all.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(r.all.falseAlarmRate).toBeLessThanOrEqual(0.1);
  });

  it('tuning corpora: macro-F1 ≥ 0.90 on each', () => {
    for (const f of ['tune.jsonl', 'tune-varied.jsonl', 'tune-blind1.jsonl', 'tune-blind2.jsonl', 'tune-blind3.jsonl']) {
      expect(report(join(root, 'test/fixtures/corpus', f)).all.macroF1, f).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('grounded held-out corpora: the agreement lifts macro-F1 to ≥ 0.80 and after-hours urgency to ≥ 0.85', () => {
    // Measured when set (stop 15, on 66–68): macro-F1 0.87 with the agreements, 0.76 without; after-hours 0.92 against
    // 0.04. On 69–71 when they came (stop 16): 0.85 against 0.75, after-hours 0.92 against 0.19.
    const messages = ['66', '67', '68', '69', '70', '71'].flatMap(
      (n) => parseLabelled(readFileSync(join(root, `test/fixtures/corpus/grounded/heldout-grounded${n}.jsonl`), 'utf8')).messages,
    );
    const grounded = evaluate(outcomesOf(messages));
    const bare = evaluate(outcomesOf(messages, { agreements: false }));
    expect(grounded.all.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(grounded.all.perKind.after_hours_urgency.f1).toBeGreaterThanOrEqual(0.85);
    expect(grounded.all.macroF1).toBeGreaterThan(bare.all.macroF1);
    expect(grounded.all.falseAlarmRate).toBeLessThan(bare.all.falseAlarmRate);
  });

  const dev = join(root, '..', 'shared', 'corpus', 'dev.jsonl');
  it.skipIf(!existsSync(dev))('shared development set: macro-F1 ≥ 0.95, no false alarms above 5%', () => {
    const r = report(dev);
    expect(r.all.macroF1).toBeGreaterThanOrEqual(0.95);
    expect(r.all.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});
