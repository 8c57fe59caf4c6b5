import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, outcomesOf, parseLabelled } from '../../../utils/triage/evaluation';

// Regression guards only. The floors sit honestly BELOW what was measured when they were set (issue 4's note has the
// full tables): held-out macro-F1 0.96 with 2.1% false alarms; blind held-out (heldout-blind4) macro-F1 0.49 with 11%
// false alarms; development set 1.00 (it was tuned on). The blind floors are loose on purpose: 60 messages move a lot,
// and they are not goals (the goals are not met on blind text). They catch a change that breaks the classifier; they do not claim the
// figures themselves, and they are not goals (the goals are not met on the blind set).

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

  it('blind held-out corpus: macro-F1 ≥ 0.40, false alarms ≤ 17%', () => {
    const r = report(join(root, 'test/fixtures/corpus/heldout-blind4.jsonl'));
    expect(r.all.macroF1).toBeGreaterThanOrEqual(0.4);
    expect(r.all.falseAlarmRate).toBeLessThanOrEqual(0.17);
  });

  it('tuning corpora: macro-F1 ≥ 0.90 on each', () => {
    for (const f of ['tune.jsonl', 'tune-varied.jsonl', 'tune-blind1.jsonl', 'tune-blind2.jsonl', 'tune-blind3.jsonl']) {
      expect(report(join(root, 'test/fixtures/corpus', f)).all.macroF1, f).toBeGreaterThanOrEqual(0.9);
    }
  });

  const dev = join(root, '..', 'shared', 'corpus', 'dev.jsonl');
  it.skipIf(!existsSync(dev))('shared development set: macro-F1 ≥ 0.95, no false alarms above 5%', () => {
    const r = report(dev);
    expect(r.all.macroF1).toBeGreaterThanOrEqual(0.95);
    expect(r.all.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});
