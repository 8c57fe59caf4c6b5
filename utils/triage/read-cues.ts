import type { Agreement } from '../agreements/schema';
import { isWithinWorkingHours, resolveHours, type ResolvedHours } from '../agreements/working-hours';
import { compileCues, fold, scanRange } from './cue-scanner';
import type { Hit } from './cue-types';
import { EN_CUES, EN_CUES_BROAD } from './cues-en';
import { ES_CUES, ES_CUES_BROAD } from './cues-es';
import { ZH_CUES, ZH_CUES_BROAD } from './cues-zh';
import { scoreHits, type Scores } from './rules';
import type { Sentence } from './sentences';

// Everything the classifier knows about a message before the learned model weighs it: the cue lexicons' hits per
// sentence, the rules' scores, and whether it was sent outside working hours. The trainer calls this too, so the
// model is trained on exactly what it is later shown.

const LATIN = compileCues([...EN_CUES, ...ES_CUES, ...EN_CUES_BROAD, ...ES_CUES_BROAD], true);
const HAN = compileCues([...ZH_CUES, ...ZH_CUES_BROAD], false);
// Which trie a sentence is worth scanning with: one with a Latin letter (a–z, A–Z) for the Latin cues, one with a Han
// character (U+3400–U+9FFF, U+F900–U+FAFF) for the Chinese ones. A table read per character, where two regular
// expressions per sentence cost a call each.
export const LATIN_LETTER = 1;
export const HAN_CHAR = 2;
const SCRIPT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) SCRIPT[c] = LATIN_LETTER;
  else if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) SCRIPT[c] = HAN_CHAR;
}

const ANY_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * LATIN_LETTER | HAN_CHAR for the scripts present in the text; stops once it has seen all it looks for (`looking`:
 * a text known to have no Han character is done at its first Latin letter); of [from, to) when given.
 */
export function scriptsIn(text: string, looking = LATIN_LETTER | HAN_CHAR, from = 0, to = text.length): number {
  let found = 0;
  for (let i = from; i < to && found !== looking; i++) found |= SCRIPT[text.charCodeAt(i)]!;
  return found;
}
const DEFAULT_HOURS: ResolvedHours = { timezone: 'UTC', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

export interface CueReading {
  /** Each sentence folded (lower case, accents off), in sentence order. */
  folded: string[];
  hits: Hit[];
  scores: Scores;
  /** true / false against working hours when the sending time and the hours are known; null otherwise. */
  sentOutside: boolean | null;
  /** The text names a time outside the working hours (judged by the rules against the days and hours). */
  offHoursTimeNamed: boolean;
  hours: ResolvedHours | undefined;
}

export function readCues(
  text: string,
  sentences: Sentence[],
  opts: { sentAt: Date | null; hours?: ResolvedHours; agreement: Agreement | null },
): CueReading {
  const hits: Hit[] = [];
  const folded: string[] = [];
  // Fold once; folding keeps offsets for precomposed text, so each sentence is a slice (else fold it on its own).
  const foldedText = fold(text);
  const aligned = foldedText.length === text.length;
  // Most mail has no Chinese at all: one search of the whole text spares looking for it sentence by sentence.
  const looking = ANY_HAN.test(foldedText) ? LATIN_LETTER | HAN_CHAR : LATIN_LETTER;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const f = aligned ? foldedText.slice(s.start, s.start + s.text.length) : fold(s.text);
    folded.push(f);
    // The scan reads the folded text itself where the sentence is a slice of it (see scanRange).
    const text = aligned ? foldedText : f;
    const from = aligned ? s.start : 0;
    const scripts = scriptsIn(text, looking, from, from + f.length);
    if ((scripts & LATIN_LETTER) !== 0) scanRange(LATIN, text, from, from + f.length, f, i, hits);
    if ((scripts & HAN_CHAR) !== 0) scanRange(HAN, text, from, from + f.length, f, i, hits);
  }
  const agreement = opts.agreement;
  const hours = opts.hours ?? (agreement?.hours ? resolveHours(agreement) : undefined);
  const sentOutside = opts.sentAt && hours ? !isWithinWorkingHours(opts.sentAt, hours) : null;
  const effective = hours ?? DEFAULT_HOURS;
  const { scores, offHoursTimeNamed } = scoreHits(
    hits,
    { sentOutside, days: effective.days, startHour: hourOf(effective.start), endHour: hourOf(effective.end) },
    { included: agreement?.scope?.revisionRounds },
  );
  return { folded, hits, scores, sentOutside, offHoursTimeNamed, hours };
}

function hourOf(clock: string): number {
  const h = Number(clock.slice(0, 2));
  return Number.isFinite(h) ? h : 9;
}
