import type { Agreement } from '../../agreements/schema';
import type { ResolvedHours } from '../../agreements/working-hours';
import { fold } from '../cue-scanner';
import { readCues, type CueReading } from '../read-cues';
import { splitSentences, type Sentence } from '../sentences';
import { messageFeatures, type MessageFeatures } from './features';

export interface Featurized {
  sentences: Sentence[];
  reading: CueReading;
  features: MessageFeatures;
}

/** From the client's new text to what the model weighs: one path for classifying and for training. */
export function featurize(
  text: string,
  opts: { subject?: string; sentAt?: string | null; hours?: ResolvedHours; agreement: Agreement | null; only?: Int32Array },
): Featurized {
  const sentences = splitSentences(text);
  const reading = readCues(text, sentences, { sentAt: validInstant(opts.sentAt), hours: opts.hours, agreement: opts.agreement });
  const subject = typeof opts.subject === 'string' && opts.subject.trim() ? fold(opts.subject.slice(0, 500)) : undefined;
  const features = messageFeatures(reading.folded, {
    sentOutside: reading.sentOutside,
    hits: reading.hits,
    ruleScores: reading.scores,
    subject,
  }, opts.only);
  return { sentences, reading, features };
}

/** The instant an ISO 8601 string names, or null for anything else. */
function validInstant(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}
