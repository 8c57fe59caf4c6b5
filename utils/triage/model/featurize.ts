import type { Agreement } from '../../agreements/schema';
import type { ResolvedHours } from '../../agreements/working-hours';
import { fold } from '../cue-scanner';
import { readCues, type CueReading } from '../read-cues';
import { splitSentences, type Sentence } from '../sentences';
import { messageFeatures, type FeatureContext, type MessageFeatures } from './features';

export interface MessageReading {
  sentences: Sentence[];
  reading: CueReading;
  /** What the feature extractor reads besides the folded sentences: the rules, the sending time, the subject. */
  context: FeatureContext;
}

export interface Featurized extends MessageReading {
  features: MessageFeatures;
}

export interface ReadOptions {
  subject?: string;
  sentAt?: string | null;
  hours?: ResolvedHours;
  agreement: Agreement | null;
}

/** From the client's new text to what the model weighs: one path for classifying and for training. */
export function readMessage(text: string, opts: ReadOptions): MessageReading {
  const sentences = splitSentences(text);
  const reading = readCues(text, sentences, { sentAt: validInstant(opts.sentAt), hours: opts.hours, agreement: opts.agreement });
  const subject = typeof opts.subject === 'string' && opts.subject.trim() ? fold(opts.subject.slice(0, 500)) : undefined;
  const context: FeatureContext = { sentOutside: reading.sentOutside, ruleScores: reading.scores, subject };
  return { sentences, reading, context };
}

/** readMessage, and every feature of the message as a list (training, tests). */
export function featurize(text: string, opts: ReadOptions): Featurized {
  const read = readMessage(text, opts);
  return { ...read, features: messageFeatures(read.reading.folded, read.context) };
}

/** The instant an ISO 8601 string names, or null for anything else. */
function validInstant(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}
