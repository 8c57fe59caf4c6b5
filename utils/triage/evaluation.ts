import { validateAgreement } from '../agreements/repository';
import type { Agreement } from '../agreements/schema';
import { resolveHours, type ResolvedHours } from '../agreements/working-hours';
import { splitReply } from '../mail/split-reply';
import { classifyMessage, type ClassifyInput } from './classify';
import { REQUEST_KINDS, type RequestKind } from './kinds';

// Accuracy on a labelled corpus (DESIGN.md, `npm run eval`): precision, recall and F1 per kind and per language,
// macro-F1, and the false-alarm rate on routine messages. Pure, so the figures are tested like any other code.

export interface LabelledMessage {
  id: string;
  lang?: string;
  subject?: string;
  sentAt?: string | null;
  text: string;
  labels: string[];
  workingHours?: Partial<ResolvedHours>;
  /** The agreement that applies (its scope, hours…), validated when the line is read; without one, the provider's
   *  hours (workingHours) and no scope, as for a client with no agreement. */
  agreement?: Agreement;
  /** The client's earlier messages in the thread, oldest first (their new text): what revision rounds are counted in. */
  prior?: string[];
}

export interface Outcome {
  id: string;
  lang: string;
  gold: RequestKind[];
  predicted: RequestKind[];
}

export interface KindFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface GroupFigures {
  messages: number;
  perKind: Record<RequestKind, KindFigures>;
  /** Mean F1 over the kinds that occur in the gold labels or the predictions of this group. */
  macroF1: number;
  routine: number;
  /** Routine messages that got any label, over all routine messages. */
  falseAlarmRate: number;
  /** Messages whose predicted set equals the gold set. */
  exactMatch: number;
}

export interface Report {
  all: GroupFigures;
  byLang: Record<string, GroupFigures>;
}

export interface GroundingOptions {
  /** false: classify as if no agreement applied (what the agreements add is the difference). */
  agreements?: boolean;
}

/** Classifies labelled messages as the CLI does (only the new text, after splitReply) and pairs gold with predicted. */
export function outcomesOf(messages: LabelledMessage[], opts: GroundingOptions = {}): Array<Outcome & { body: string }> {
  return messages.map((m) => {
    const input = classifyInputOf(m, opts);
    const result = classifyMessage(input);
    return { id: m.id, lang: m.lang ?? result.lang, gold: goldKinds(m.labels), predicted: result.labels.map((l) => l.kind), body: input.text };
  });
}

/**
 * What the classifier is given for a labelled message (the trainer gives the model the same): with an agreement, its
 * hours (else the provider's) as the extension resolves them, its scope, the earlier messages, and the sending time as
 * "now" (so that a corpus line reads the same on any day).
 */
export function classifyInputOf(m: LabelledMessage, opts: GroundingOptions = {}): ClassifyInput {
  const input: ClassifyInput = { text: splitReply(m.text).body, subject: m.subject, sentAt: m.sentAt ?? null, hours: hoursForLabelled(m) };
  if (!m.agreement || opts.agreements === false) return input;
  const provider = { name: '', hours: input.hours };
  const sent = new Date(m.sentAt ?? '');
  return {
    ...input,
    agreement: m.agreement,
    hours: resolveHours(m.agreement, provider),
    priorClientMessages: m.prior,
    ...(Number.isNaN(sent.getTime()) ? {} : { now: sent }),
  };
}

/**
 * Hands each non-blank line of JSON lines to `take` as a value (with its 1-based line number); a line that is not JSON
 * is reported in `problems` and skipped, never thrown.
 */
function eachJsonLine(raw: string, problems: string[], take: (value: unknown, line: number) => void): void {
  raw.split('\n').forEach((text, n) => {
    if (!text.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      problems.push(`line ${n + 1}: not valid JSON, skipped`);
      return;
    }
    take(value, n + 1);
  });
}

/** Parses JSON lines, skipping blank ones; a bad line is reported, not thrown. */
export function parseLabelled(raw: string): { messages: LabelledMessage[]; problems: string[] } {
  const messages: LabelledMessage[] = [];
  const problems: string[] = [];
  eachJsonLine(raw, problems, (value, line) => {
    const m = value as (Omit<LabelledMessage, 'agreement'> & { agreement?: unknown }) | null;
    if (typeof m?.text !== 'string' || !Array.isArray(m.labels)) {
      problems.push(`line ${line}: needs "text" and "labels", skipped`);
      return;
    }
    if (m.prior !== undefined && !(Array.isArray(m.prior) && m.prior.every((p) => typeof p === 'string'))) {
      problems.push(`line ${line}: "prior" must be a list of texts, skipped`);
      return;
    }
    if (m.agreement === undefined) {
      messages.push(m as LabelledMessage);
      return;
    }
    // A corpus line gives the parts of the agreement the classifier reads; the rest of a stored agreement is filled in.
    const given = typeof m.agreement === 'object' && m.agreement !== null && !Array.isArray(m.agreement) ? m.agreement : null;
    const checked = given ? validateAgreement({ id: `corpus:${String(m.id)}`, clientId: 'corpus', title: 'Corpus agreement', ...given }) : null;
    if (checked?.ok) messages.push({ ...m, agreement: checked.value });
    else {
      const why = checked ? checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ') : 'not an object';
      problems.push(`line ${line}: "agreement" is not a valid agreement (${why}), skipped`);
    }
  });
  return { messages, problems };
}

/**
 * A second annotator's labels for messages of a corpus, by id: a JSON-lines file of `{"id", "labels", "note"?}`.
 * Read like the corpus itself: a bad line is reported and skipped, a repeated id is reported and the first kept.
 */
export function parseAnnotations(raw: string): { labels: Map<string, string[]>; problems: string[] } {
  const labels = new Map<string, string[]>();
  const problems: string[] = [];
  eachJsonLine(raw, problems, (value, line) => {
    const a = value as { id?: unknown; labels?: unknown } | null;
    if (typeof a?.id !== 'string' || !Array.isArray(a.labels) || !a.labels.every((l) => typeof l === 'string')) {
      problems.push(`line ${line}: needs "id" and "labels", skipped`);
    } else if (labels.has(a.id)) {
      problems.push(`line ${line}: id ${a.id} labelled twice, the first kept`);
    } else {
      const unknown = (a.labels as string[]).filter((l) => l !== 'none' && !(REQUEST_KINDS as readonly string[]).includes(l));
      if (unknown.length) problems.push(`line ${line}: unknown label ${unknown.join(', ')} ignored`);
      labels.set(a.id, a.labels as string[]);
    }
  });
  return { labels, problems };
}

/**
 * The messages an annotator labelled, each with the annotator's labels in place of the corpus's; `unlabelled` lists
 * the ids the annotator left out (those messages are left out too, so both sides are scored on the same messages).
 */
export function withAnnotations(messages: LabelledMessage[], annotations: Map<string, string[]>): { messages: LabelledMessage[]; unlabelled: string[] } {
  const out: LabelledMessage[] = [];
  const unlabelled: string[] = [];
  for (const m of messages) {
    const labels = annotations.get(m.id);
    if (labels) out.push({ ...m, labels });
    else unlabelled.push(m.id);
  }
  return { messages: out, unlabelled };
}

/** One annotator scored against another, as the classifier is scored against the corpus: gold is `gold`'s labels. */
export function annotatorOutcomes(gold: LabelledMessage[], other: Map<string, string[]>): Outcome[] {
  const out: Outcome[] = [];
  for (const m of gold) {
    const labels = other.get(m.id);
    if (labels) out.push({ id: m.id, lang: m.lang ?? 'unknown', gold: goldKinds(m.labels), predicted: goldKinds(labels) });
  }
  return out;
}

/** The corpus's language groups: Traditional Chinese counts as Chinese, and is also reported on its own. */
export function langGroups(lang: string | undefined): string[] {
  if (lang === 'zh-Hant') return ['zh', 'zh-Hant'];
  return [lang || 'unknown'];
}

export function goldKinds(labels: string[]): RequestKind[] {
  return labels.filter((l): l is RequestKind => (REQUEST_KINDS as readonly string[]).includes(l));
}

export function evaluate(outcomes: Outcome[]): Report {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    for (const g of langGroups(o.lang)) {
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g)!.push(o);
    }
  }
  const byLang: Record<string, GroupFigures> = {};
  for (const [g, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) byLang[g] = figures(list);
  return { all: figures(outcomes), byLang };
}

function figures(outcomes: Outcome[]): GroupFigures {
  const perKind = {} as Record<RequestKind, KindFigures>;
  for (const kind of REQUEST_KINDS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const o of outcomes) {
      const g = o.gold.includes(kind);
      const p = o.predicted.includes(kind);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perKind[kind] = { tp, fp, fn, precision, recall, f1, support: tp + fn };
  }
  const active = REQUEST_KINDS.filter((k) => perKind[k].tp + perKind[k].fp + perKind[k].fn > 0);
  const macroF1 = active.length === 0 ? 1 : active.reduce((s, k) => s + perKind[k].f1, 0) / active.length;
  const routine = outcomes.filter((o) => o.gold.length === 0);
  const alarms = routine.filter((o) => o.predicted.length > 0).length;
  const exact = outcomes.filter((o) => sameSet(o.gold, o.predicted)).length;
  return {
    messages: outcomes.length,
    perKind,
    macroF1,
    routine: routine.length,
    falseAlarmRate: routine.length === 0 ? 0 : alarms / routine.length,
    exactMatch: outcomes.length === 0 ? 0 : exact / outcomes.length,
  };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

// Whole-hour offsets map onto the Etc/GMT zones (whose sign is inverted); the few half-hour ones onto a city.
const ODD_OFFSETS: Record<string, string> = {
  '+05:30': 'Asia/Kolkata', '+05:45': 'Asia/Kathmandu', '+06:30': 'Asia/Yangon', '+09:30': 'Australia/Darwin',
  '+03:30': 'Asia/Tehran', '+04:30': 'Asia/Kabul', '-03:30': 'America/St_Johns', '-09:30': 'Pacific/Marquesas',
};

/** An IANA zone that keeps the fixed offset written in an ISO instant ("…+08:00" → Etc/GMT-8); UTC when none. */
export function zoneOfOffset(iso: string | null | undefined): string {
  const m = typeof iso === 'string' ? /([+-])(\d{2}):?(\d{2})$/.exec(iso.trim()) : null;
  if (!m) return 'UTC';
  const [, sign, hh, mm] = m;
  if (mm !== '00') return ODD_OFFSETS[`${sign}${hh}:${mm}`] ?? 'UTC';
  const h = Number(hh);
  if (h === 0) return 'UTC';
  return `Etc/GMT${sign === '+' ? '-' : '+'}${h}`;
}

/** The corpus rule: Mon–Fri 09:00–18:00 in the sentAt's own offset unless the line says otherwise. */
export function hoursForLabelled(m: Pick<LabelledMessage, 'sentAt' | 'workingHours'>): ResolvedHours {
  const w = m.workingHours ?? {};
  return {
    timezone: w.timezone ?? zoneOfOffset(m.sentAt),
    days: w.days ?? [1, 2, 3, 4, 5],
    start: w.start ?? '09:00',
    end: w.end ?? '18:00',
  };
}
