import type { Backup, Provider } from '../agreements/schema';
import { matchClient } from '../agreements/match-client';
import { isPublicMailDomain } from '../agreements/public-domains';
import { splitReply } from '../mail/split-reply';
import type { MailThread, Person } from '../mail/thread';
import type { ClientMatch } from './analysis';
import { analyzeThread } from './analyze-thread';

// One line of `npm run triage`: a message in, a JSON record out (DESIGN.md, "Bulk triage from the command line").

export interface TriageInput {
  id: string;
  text: string;
  from?: string;
  subject?: string;
  sentAt?: string;
  workingHours?: { timezone: string; days: number[]; start: string; end: string };
}

export interface TriageOptions {
  backup?: Backup;
  drafts?: boolean;
  now: Date;
  /** The provider's zone when neither the agreement nor the line says. */
  timezone?: string;
}

export interface TriageOutput {
  id: string;
  lang: string;
  body: string;
  client?: string;
  agreement?: string;
  labels: { kind: string; score: number; evidence: string[] }[];
  facts: { kind: string; text: string; [field: string]: unknown }[];
  drafts?: { kinds: string[]; tone: string; step?: string; lang: string; text: string; options: string[]; review: string[] }[];
  unclassified?: string;
}

export function triageRecord(input: TriageInput, options: TriageOptions): TriageOutput {
  const from = parseAddress(input.from ?? '');
  const { body, quoted, signature } = splitReply(input.text);
  const thread: MailThread = {
    id: input.id,
    subject: input.subject ?? '',
    url: '',
    source: 'file',
    problems: [],
    messages: [
      {
        id: input.id,
        from,
        to: [],
        sentAt: input.sentAt ?? null,
        body,
        quoted,
        signature,
        attachments: [],
        fromMe: false,
        partial: false,
      },
    ],
  };
  const provider = providerFor(input, options);
  const match = matchFor(from.email, options.backup);
  const analysis = analyzeThread(thread, { provider, match, now: options.now, templates: options.backup?.templates });
  const triage = analysis.messages[0]!.triage;
  const output: TriageOutput = {
    id: input.id,
    lang: triage.lang,
    body,
    labels: triage.labels.map(({ kind, score, evidence }) => ({ kind, score: round(score), evidence })),
    facts: analysis.facts,
  };
  if (match.status === 'matched') {
    output.client = match.client.id;
    if (match.agreement) output.agreement = match.agreement.id;
  }
  if (triage.unclassified) output.unclassified = triage.unclassified;
  if (options.drafts) {
    output.drafts = analysis.drafts.map(({ kinds, tone, step, lang, text, options: alternatives, review }) => ({
      kinds,
      tone,
      ...(step ? { step } : {}),
      lang,
      text,
      options: alternatives,
      review,
    }));
  }
  return output;
}

function providerFor(input: TriageInput, options: TriageOptions): Provider {
  const base: Provider = options.backup?.provider ?? { name: '' };
  const timezone = input.workingHours?.timezone ?? options.timezone ?? base.timezone;
  return {
    ...base,
    timezone,
    hours: input.workingHours ?? base.hours ?? (timezone ? { timezone } : undefined),
  };
}

function matchFor(email: string, backup: Backup | undefined): ClientMatch {
  if (backup) return matchClient(email, backup.clients, backup.agreements);
  const domain = email.split('@')[1] ?? '';
  return { status: 'none', email, domain, publicDomain: domain ? isPublicMailDomain(domain) : false };
}

/** "Ana Torres <ana@acme.com>" → { name, email }; a bare address keeps its local part as the name. */
export function parseAddress(raw: string): Person {
  const angle = raw.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/);
  if (angle) return { name: angle[1]!.trim(), email: angle[2]!.trim().toLowerCase() };
  const email = raw.trim().toLowerCase();
  return { name: email.split('@')[0] ?? '', email };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
