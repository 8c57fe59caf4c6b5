import { describe, expect, it } from 'vitest';
import { REQUEST_KINDS } from '../kinds';
import type { Scores } from '../rules';
import { FEATURE_BITS, messageFeatures, type FeatureContext } from './features';
import { featurize } from './featurize';
import { featureFingerprint } from './fingerprint';
import { trainFtrl } from './ftrl';
import { LinearModel, type ModelFile } from './linear-model';
import weights from './model-weights.json';
import { packColumn } from './packing';

const noRules: Scores = new Map();
const ctx: FeatureContext = { sentOutside: false, ruleScores: noRules };

describe('the shipped triage model', () => {
  it('was trained with the feature extractor in this tree (else run `npm run train`)', () => {
    expect((weights as unknown as ModelFile).fingerprint).toBe(featureFingerprint());
  });

  it('has a threshold and a column for every kind, and a gate', () => {
    const file = weights as unknown as ModelFile;
    expect(file.kinds).toEqual([...REQUEST_KINDS]);
    expect(file.thresholds).toHaveLength(REQUEST_KINDS.length);
    for (const t of file.thresholds) expect(t).toBeGreaterThan(0);
    expect(file.gate.threshold).toBeGreaterThanOrEqual(0);
    expect(() => new LinearModel(file)).not.toThrow();
  });
});

describe('message features', () => {
  it('are the same for the same text, and each id appears once', () => {
    const a = messageFeatures(['could you also add a page', 'could you also add a page'], ctx);
    const b = messageFeatures(['could you also add a page', 'could you also add a page'], ctx);
    expect(a).toEqual(b);
    expect(new Set(a.ids).size).toBe(a.ids.length);
    expect(a.sentence.every((s) => s === -1 || s === 0)).toBe(true);
    for (const id of a.ids) expect(id).toBeLessThan(1 << FEATURE_BITS);
  });

  it('tell a message sent outside working hours from one sent inside', () => {
    const inside = messageFeatures(['need it now'], ctx);
    const outside = messageFeatures(['need it now'], { ...ctx, sentOutside: true });
    // One message-wide feature says which: the words are the same either way.
    expect(outside.ids.length).toBe(inside.ids.length);
    expect(outside.ids.filter((id) => !inside.ids.includes(id))).toHaveLength(1);
  });

  it('read Chinese as characters and their pairs', () => {
    const one = messageFeatures(['便宜'], ctx).ids.length;
    const two = messageFeatures(['便宜点'], ctx).ids.length;
    // 便 宜 便宜 → 便 宜 点 便宜 宜点: two more.
    expect(two - one).toBe(2);
  });

  it('treat every number as the same word', () => {
    expect(messageFeatures(['net 30 days'], ctx).ids).toEqual(messageFeatures(['net 45 days'], ctx).ids);
  });

  it('stop growing on a megabyte of distinct words', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    expect(featurize(text, { sentAt: null, agreement: null }).features.ids.length).toBeLessThanOrEqual(4_000);
  });
});

describe('FTRL training', () => {
  it('learns which feature decides the label and leaves the noise at zero', () => {
    const examples = Array.from({ length: 400 }, (_, i) => {
      const label = (i % 2) as 0 | 1;
      const noise = 100 + (i % 7);
      return { features: { ids: label ? [1, noise] : [2, noise], values: [1, 1], sentence: [0, 0], strongestRule: 0 }, label };
    });
    const m = trainFtrl(examples, 256, { alpha: 0.3, beta: 1, l1: 3, l2: 0.1, epochs: 5, seed: 1 });
    expect(m.weights.get(1)).toBeGreaterThan(1);
    expect(m.weights.get(2)).toBeLessThan(-1);
    for (let n = 100; n < 107; n++) expect(m.weights.get(n) ?? 0).toBe(0);
  });
});

describe('the linear model', () => {
  // A toy model: id 7 means scope change, the gate opens on id 9.
  const file = (gateThreshold: number, sure = 1.01): ModelFile => ({
    version: 2,
    bits: FEATURE_BITS,
    fingerprint: 'test',
    kinds: [...REQUEST_KINDS],
    bias: REQUEST_KINDS.map(() => -4),
    thresholds: REQUEST_KINDS.map(() => 0.5),
    features: REQUEST_KINDS.map((k) => packColumn(k === 'scope_change' ? [[7, 8]] : [])),
    // The stack passes the gate model's own log-odds through: 1 for the gate, 0 for the strongest kind and rule.
    gate: { bias: -4, threshold: gateThreshold, sure, stack: [1, 0, 0, 0], column: packColumn([[9, 8]]) },
  });
  const features = { ids: [3, 7, 9], values: [1, 1, 1], sentence: [0, 1, -1], strongestRule: 0 };

  it('gives the kind with the sentence that carries its weight as evidence', () => {
    const out = new LinearModel(file(0.5)).classify(features, 2);
    expect(out.map((o) => o.kind)).toEqual(['scope_change']);
    expect(out[0]!.sentences).toEqual([1]);
    expect(out[0]!.probability).toBeCloseTo(1 / (1 + Math.exp(-4)), 5);
  });

  it('stays quiet when the gate finds the message routine, unless the kind is sure', () => {
    const routine = { ids: [7], values: [1], sentence: [0], strongestRule: 0 };
    expect(new LinearModel(file(0.5)).classify(routine, 1)).toEqual([]);
    expect(new LinearModel(file(0.5, 0.9)).classify(routine, 1).map((o) => o.kind)).toEqual(['scope_change']);
  });

  it('finds the evidence in a message of many sentences, and forgets it for the next message', () => {
    const model = new LinearModel(file(0.5));
    // Sentence 900 of 1,000 carries the kind: past the evidence table's usual size, so it grows.
    const long = { ids: [3, 7, 9], values: [1, 1, 1], sentence: [0, 900, -1], strongestRule: 0 };
    expect(model.classify(long, 1000)[0]!.sentences).toEqual([900]);
    expect(model.classify(features, 2)[0]!.sentences).toEqual([1]);
    // Nothing of the long message is left over: the kind now rests on sentence 0 alone.
    const first = { ids: [7, 9], values: [1, 1], sentence: [0, -1], strongestRule: 0 };
    expect(model.classify(first, 1000)[0]!.sentences).toEqual([0]);
  });

  it('refuses a model file made for other features', () => {
    expect(() => new LinearModel({ ...file(0.5), bits: 12 })).toThrow(/feature extractor/);
  });
});
