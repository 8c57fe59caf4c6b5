import { rankClauses } from '../agreements/clauses';
import { computeFacts } from '../agreements/facts';
import type { Provider, RequestCorrection, Template } from '../agreements/schema';
import { resolveHours } from '../agreements/working-hours';
import { composeDrafts } from '../drafting/compose';
import type { DraftLanguage, Tone } from '../drafting/draft';
import type { MailMessage, MailThread } from '../mail/thread';
import { classifyMessage } from '../triage/classify';
import type { DetectedLanguage, Fact, RequestKind } from '../triage/kinds';
import type { ClientMatch, MessageAnalysis, ThreadAnalysis } from './analysis';
import { countPaymentReminders } from './payment-reminders';

// The one-way flow of DESIGN.md: thread → requests → agreement facts → drafts. Pure, so the extension's background
// and the command line run the same code.

export interface AnalysisContext {
  provider: Provider;
  match: ClientMatch;
  corrections?: RequestCorrection[];
  templates?: Template[];
  now: Date;
  /** The user's choices in the panel; otherwise the client's language and the tone the facts call for. */
  tone?: Tone;
  lang?: DraftLanguage;
}

export function analyzeThread(thread: MailThread, ctx: AnalysisContext): ThreadAnalysis {
  const client = ctx.match.status === 'matched' ? ctx.match.client : null;
  const agreement = ctx.match.status === 'matched' ? ctx.match.agreement : null;
  const hours = resolveHours(agreement, ctx.provider);
  const clientMessages = thread.messages.filter((m) => !m.fromMe);

  const messages: MessageAnalysis[] = clientMessages.map((message, index) => ({
    messageId: message.id,
    from: message.from,
    sentAt: message.sentAt,
    partial: message.partial,
    triage: classifyMessage({
      text: message.body,
      subject: thread.subject,
      sentAt: message.sentAt,
      hours,
      agreement,
      priorClientMessages: clientMessages.slice(0, index).map((m) => m.body),
      corrections: ctx.corrections,
      now: ctx.now,
    }),
  }));

  const focus = latestClientMessage(messages);
  const base = {
    threadId: thread.id,
    subject: thread.subject,
    match: ctx.match,
    messages,
    provider: ctx.provider,
    problems: thread.problems,
  };
  if (!focus || focus.triage.labels.length === 0) {
    return { ...base, focusMessageId: focus?.messageId ?? null, facts: [], clauses: [], drafts: [] };
  }

  const kinds = focus.triage.labels.map((l) => l.kind);
  const evidence = focus.triage.labels.flatMap((l) => l.evidence);
  const facts = mergeFacts(
    focus.triage.facts,
    computeFacts({
      kinds,
      evidence,
      sentAt: focus.sentAt,
      agreement,
      client,
      provider: ctx.provider,
      revisionRoundsUsed: revisionRoundsUsed(focus.triage.facts),
      now: ctx.now,
    }),
  );
  const clauses = agreement ? rankClauses(agreement, kinds, evidence) : [];
  const drafts = composeDrafts({
    labels: focus.triage.labels,
    lang: ctx.lang ?? draftLanguageFor(focus.triage.lang, client?.language, ctx.provider),
    tone: ctx.tone,
    facts,
    clauses,
    client,
    agreement,
    provider: ctx.provider,
    templates: ctx.templates,
    now: ctx.now,
    reminderCount: countPaymentReminders(thread.messages),
    // The person who wrote, never the company's name: with no name the greeting stays general.
    clientFirstName: firstName(focusMessage(thread, focus.messageId)?.from.name ?? '') || undefined,
  });
  return { ...base, focusMessageId: focus.messageId, facts, clauses, drafts };
}

function latestClientMessage(messages: MessageAnalysis[]): MessageAnalysis | null {
  // A collapsed message is only a snippet: answer the latest one that was read whole when there is one.
  const whole = messages.filter((m) => !m.partial);
  return (whole.length ? whole : messages).at(-1) ?? null;
}

function focusMessage(thread: MailThread, id: string): MailMessage | undefined {
  return thread.messages.find((m) => m.id === id);
}

export function draftLanguageFor(
  detected: DetectedLanguage,
  clientLanguage: string | undefined,
  provider: Provider,
): DraftLanguage {
  if (detected === 'en' || detected === 'es' || detected === 'zh' || detected === 'zh-Hant') return detected;
  if (clientLanguage === 'en' || clientLanguage === 'es' || clientLanguage === 'zh' || clientLanguage === 'zh-Hant') {
    return clientLanguage;
  }
  return provider.languages?.[0] ?? 'en';
}

function revisionRoundsUsed(facts: Fact[]): number | undefined {
  const rounds = facts.find((f) => f.kind === 'revision_rounds');
  return typeof rounds?.used === 'number' ? rounds.used : undefined;
}

/** The classifier's grounding facts and the agreement's facts overlap; keep one of each kind and clause. */
function mergeFacts(fromTriage: Fact[], fromAgreement: Fact[]): Fact[] {
  const seen = new Set(fromAgreement.map(factKey));
  return [...fromAgreement, ...fromTriage.filter((f) => !seen.has(factKey(f)))];
}

function factKey(fact: Fact): string {
  return `${fact.kind}|${String(fact.invoice ?? fact.what ?? '')}`;
}

function firstName(name: string): string {
  const trimmed = name.trim();
  // Chinese names are written family name first and used whole in a greeting.
  if (/\p{Script=Han}/u.test(trimmed)) return trimmed;
  return trimmed.split(/\s+/)[0] ?? '';
}

export type { RequestKind };
