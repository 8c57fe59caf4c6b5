import type { Hit, Signal } from './cue-types';
import { REQUEST_KINDS, type RequestKind } from './kinds';

// Turns the cue hits of one message into a score per request kind with the sentences behind it. Direct cues combine
// as independent evidence (1 − Π(1 − w)); the kinds that need two things at once (after-hours urgency, client delay,
// know-it-all) are built here from their ingredients.

export interface TimeContext {
  /** true / false when the sending time is known against working hours; null when it is not. */
  sentOutside: boolean | null;
  days: number[];
  startHour: number;
  endHour: number;
}

export interface RoundsContext {
  /** Rounds included in the agreement, when it says. */
  included?: number;
}

export interface KindScore {
  score: number;
  sentences: Set<number>;
}

export type Scores = Map<RequestKind, KindScore>;

export interface RuleReading {
  scores: Scores;
  /** The text names a time outside the working hours ("tonight", "Sunday" for a Monday–Friday week, "6am"). */
  offHoursTimeNamed: boolean;
}

/** The hour from which "tonight" and "this evening" fall inside a working day that ends later. */
const EVENING = 21;
const DICTATED = /\b(?:says|said|dice|dijo)\b|说的|說的/;
const VETOED_BY_NEGATION = new Set<Signal>(['scope_change', 'rush_deadline', 'discount_pressure', 'urgent']);
const DIRECT = new Set<Signal>(REQUEST_KINDS);
const ORDINAL_WORDS: Record<string, number> = {
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  tercera: 3, tercer: 3, cuarta: 4, cuarto: 4, quinta: 5, quinto: 5, sexta: 6, sexto: 6, septima: 7, septimo: 7,
  octava: 8, octavo: 8, novena: 9, noveno: 9, decima: 10, decimo: 10,
  三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

/** The n of "sixth version", "version 5", "第九版"; 0 when none. */
export function ordinalOf(match: string): number {
  const digits = /\d+/.exec(match);
  if (digits) return Number(digits[0]);
  for (const word in ORDINAL_WORDS) if (match.includes(word)) return ORDINAL_WORDS[word]!;
  return 0;
}

class Acc {
  readonly scores: Scores = new Map();
  add(kind: RequestKind, weight: number, sentence: number): void {
    let s = this.scores.get(kind);
    if (!s) this.scores.set(kind, (s = { score: 0, sentences: new Set() }));
    s.score = 1 - (1 - s.score) * (1 - Math.min(weight, 0.99));
    s.sentences.add(sentence);
  }
  /** A score computed elsewhere from several ingredients, with all the sentences behind it. */
  set(kind: RequestKind, score: number, sentences: Iterable<number>): void {
    const s = this.scores.get(kind) ?? { score: 0, sentences: new Set<number>() };
    s.score = Math.max(s.score, score);
    for (const i of sentences) s.sentences.add(i);
    this.scores.set(kind, s);
  }
}

type Presence = Map<Signal, Set<number>>;

function has(present: Presence, s: Signal): boolean {
  return present.has(s);
}

function inSentence(present: Presence, s: Signal, i: number): boolean {
  const set = present.get(s);
  return set !== undefined && set.has(i);
}

function sentencesOf(present: Presence, s: Signal): number[] {
  const set = present.get(s);
  return set === undefined ? [] : Array.from(set);
}

// Hot path: plain loops and module-level helpers, no closures per call.
export function scoreHits(hits: Hit[], time: TimeContext, rounds: RoundsContext): RuleReading {
  const negated = new Set<number>();
  const dictated = new Set<number>(); // "like he says", "como dice él", "按他说的": a method dictated in that sentence
  const noDiscount = new Set<number>();
  const present: Presence = new Map();
  for (const h of hits) {
    const names = h.cue.names;
    for (let k = 0; k < names.length; k++) {
      const signal = names[k]!;
      let set = present.get(signal);
      if (set === undefined) present.set(signal, (set = new Set()));
      set.add(h.sentence);
      if (signal === 'negation') negated.add(h.sentence);
      else if (signal === 'not_discount') noDiscount.add(h.sentence);
      else if (signal === 'dictate' && DICTATED.test(h.match)) dictated.add(h.sentence);
    }
  }
  const acc = new Acc();
  const urgent: number[] = []; // weight, sentence pairs
  const offTime: number[] = [];
  const ownDelay: number[] = [];
  const calm = has(present, 'calm');
  const paid = has(present, 'paid');

  for (const h of hits) {
    const { names, weights } = h.cue;
    for (let k = 0; k < names.length; k++) {
      const signal = names[k]!;
      const weight = weights[k]!;
      if (negated.has(h.sentence) && VETOED_BY_NEGATION.has(signal)) continue;
      if (signal === 'discount_pressure' && noDiscount.has(h.sentence)) continue;
      if (signal === 'rush_deadline' && inSentence(present, 'paid', h.sentence)) continue;
      // "Add fifty keywords to every page like he says" is the dictated method, not new scope.
      if (signal === 'scope_change' && dictated.has(h.sentence)) continue;
      if (DIRECT.has(signal)) {
        if (signal === 'payment_delay' && paid && weight < 0.9) continue;
        acc.add(signal as RequestKind, weight, h.sentence);
        continue;
      }
      switch (signal) {
        case 'urgent':
          // A weak time word ("today", "hoy", "今天") is urgency only in a sentence that asks for something.
          if (weight >= 0.6 || inSentence(present, 'request', h.sentence)) urgent.push(weight, h.sentence);
          break;
        case 'off_time':
          offTime.push(h.sentence);
          break;
        case 'evening':
          // "Tonight" is inside the hours of a working day that runs into the evening (a caterer until 22:00).
          if (time.endHour < EVENING) offTime.push(h.sentence);
          break;
        case 'saturday':
        case 'sunday':
          if (!time.days.includes(signal === 'saturday' ? 6 : 7)) offTime.push(h.sentence);
          break;
        case 'weekend':
          if (!time.days.includes(6) || !time.days.includes(7)) offTime.push(h.sentence);
          break;
        case 'clock_am':
          if (firstNumber(h.match, 99) < time.startHour) offTime.push(h.sentence);
          break;
        case 'clock_pm': {
          const hour = firstNumber(h.match, 0);
          if (hour !== 12 && hour + 12 >= time.endHour) offTime.push(h.sentence);
          break;
        }
        case 'pay_later':
          if (!paid && inSentence(present, 'pay_context', h.sentence)) acc.add('payment_delay', 0.75, h.sentence);
          break;
        case 'own_delay':
          ownDelay.push(h.sentence);
          break;
        case 'ordinal': {
          // "The quote had two rounds … we're on our third": the writer's own count beats the default of four.
          const n = ordinalOf(h.match);
          const limit = rounds.included !== undefined ? rounds.included + 1 : has(present, 'rounds_limit') ? 2 : 4;
          if (n >= limit) acc.add('endless_revisions', 0.8, h.sentence);
          break;
        }
        case 'approval_ref':
          if (has(present, 'reversal_hint')) acc.add('indecisive_reversal', 0.75, h.sentence);
          break;
        case 'reversal_hint':
          if (has(present, 'approval_ref')) acc.scores.get('indecisive_reversal')?.sentences.add(h.sentence);
          break;
      }
    }
  }

  // After-hours urgency: a demand for speed, and either a sending time or a requested time outside working hours.
  if (urgent.length > 0 && !calm) {
    let u = 0;
    const sentences: number[] = [];
    for (let i = 0; i < urgent.length; i += 2) {
      u = 1 - (1 - u) * (1 - urgent[i]!);
      sentences.push(urgent[i + 1]!);
    }
    if (u >= 0.5 && (time.sentOutside === true || offTime.length > 0)) {
      const score = time.sentOutside === true && offTime.length > 0 ? Math.max(u, 0.9) : u;
      acc.set('after_hours_urgency', score, sentences.concat(offTime));
    }
  }

  // Know-it-all: someone else's opinion (a relative, a friend, an article) used to judge or dictate the work. A friend
  // who merely praises the site is not one.
  const voices: number[] = [];
  for (const i of sentencesOf(present, 'kin')) if (inSentence(present, 'says', i)) voices.push(i);
  const sources = sentencesOf(present, 'source');
  if ((voices.length > 0 || sources.length > 0) && (has(present, 'dictate') || has(present, 'critique'))) {
    const behind = voices.concat(sources, sentencesOf(present, 'dictate'), sentencesOf(present, 'critique'));
    acc.set('know_it_all', voices.length > 0 ? 0.85 : 0.7, behind);
  } else if (voices.length > 0) {
    acc.set('know_it_all', 0.45, voices);
  }

  // "A contract for some tutoring? A bit much!": a written agreement called excessive.
  if (has(present, 'contract_ref') && has(present, 'overkill')) {
    acc.set('anti_contract', 0.75, sentencesOf(present, 'contract_ref').concat(sentencesOf(present, 'overkill')));
  }

  // A client asking for a change order is following the process, not creeping the scope (unless they refuse paperwork).
  if (has(present, 'process') && !acc.scores.has('anti_contract')) acc.scores.delete('scope_change');

  // Client delay: their part is late and they still hold us to the date (or want it sooner, or tonight).
  if (ownDelay.length > 0) {
    const holdsDate = has(present, 'keep_date') || acc.scores.has('rush_deadline') || acc.scores.has('after_hours_urgency');
    acc.set('client_delay', holdsDate ? 0.85 : 0.45, holdsDate ? ownDelay.concat(sentencesOf(present, 'keep_date')) : ownDelay);
  }
  return { scores: acc.scores, offHoursTimeNamed: offTime.length > 0 };
}

function firstNumber(text: string, fallback: number): number {
  const m = /\d+/.exec(text);
  return m ? Number(m[0]) : fallback;
}
