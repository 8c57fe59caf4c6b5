import type { Agreement } from '../agreements/schema';
import { isWithinWorkingHours, resolveHours, type ResolvedHours } from '../agreements/working-hours';
import { compileCues, fold, scanSentence } from './cue-scanner';
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
const HAS_LATIN = /[a-z]/i;
const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
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
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const f = aligned ? foldedText.slice(s.start, s.start + s.text.length) : fold(s.text);
    folded.push(f);
    if (HAS_LATIN.test(f)) scanSentence(LATIN, f, i, hits);
    if (HAS_HAN.test(f)) scanSentence(HAN, f, i, hits);
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
