import type { Agreement, Clause } from '../agreements/schema';
import type { RankedClause } from '../analysis/analysis';
import type { Fact, RequestKind } from '../triage/kinds';

// Which clause a reply cites for each request kind. A computed fact names its clause when it has one (the late
// fee comes from 6.2), and that wins; otherwise the clause whose heading, then text, speaks of the kind's subject,
// in the retrieval ranking's order first. A reply that cites nothing is better than one citing the wrong clause.

const FACTS_OF_KIND: Record<RequestKind, string[]> = {
  scope_change: ['scope', 'change_estimate'],
  after_hours_urgency: ['outside_hours'],
  rush_deadline: ['rush_fee'],
  payment_delay: ['invoice_overdue', 'invoice_due'],
  discount_pressure: [],
  endless_revisions: ['revision_rounds'],
  indecisive_reversal: [],
  client_delay: ['obligation_late'],
  anti_contract: ['unsigned'],
  abusive_tone: [],
  know_it_all: [],
};

const SUBJECT: Record<RequestKind, RegExp> = {
  scope_change: /scope|deliverable|change request|change order|alcance|entregable|cambio|范围|範圍|变更|變更|交付内容|交付內容/i,
  after_hours_urgency: /working hours|business hours|hours|availability|after[- ]hours|response time|horario|disponibilidad|工作时间|工作時間|上班时间|上班時間|营业时间|營業時間|回复时间|回覆時間/i,
  rush_deadline: /rush|expedit|deadline|timeline|schedule|milestone|urgencia|urgente|plazo|calendario|加急|急件|工期|期限|时间表|時程/i,
  payment_delay: /payment|invoice|late fee|pago|factura|付款|发票|發票|款项|款項|逾期/i,
  discount_pressure: /\bfees?\b|price|pricing|rates?\b|honorarios|precio|tarifa|费用|費用|价格|價格|报价|報價/i,
  endless_revisions: /revision|round|revisi[oó]n|ronda|修改|修訂|修订/i,
  indecisive_reversal: /approv|sign-?off|aprobaci|aprobad|确认|確認|审批|核准/i,
  client_delay: /client (obligation|responsibilit)|materials?|content|feedback|obligaci|responsabilidad|materiales|contenido|客户义务|客戶義務|提供|资料|資料|反馈|回饋/i,
  anti_contract: /agreement|contract|entire|governing|terms|acuerdo|contrato|合同|合約|协议|協議|条款|條款/i,
  abusive_tone: /conduct|respect|termination|conducta|respeto|terminaci|rescisi|行为|行為|尊重|终止|終止/i,
  know_it_all: /methodolog|approach|method|process|metodolog|enfoque|方法|流程/i,
};

const PAYMENT_TERMS = /payment|invoice|pago|factura|付款|发票|發票|請款/i;
const LATE_PAYMENT = /late|overdue|stop|suspen|demora|retraso|atras|mora|impago|逾期|滞纳|滯納|暂停|暫停|停工/i;

export function clauseForKind(
  kind: RequestKind,
  facts: readonly Fact[],
  ranked: readonly RankedClause[],
  agreement: Agreement | null,
  paymentStep?: 'friendly' | 'firm' | 'final',
): Clause | undefined {
  const all: Clause[] = [...ranked.map((r) => r.clause), ...(agreement?.clauses ?? [])];
  const byNumber = (n: string) => all.find((c) => c.number === n);

  // The first two steps of the payment ladder quote the payment terms, not the late-payment consequences: quoting
  // a stop-work rule in a friendly reminder would be the threat those steps must not make.
  if (kind === 'payment_delay' && paymentStep !== 'final') {
    const terms = all.find((c) => c.heading && PAYMENT_TERMS.test(c.heading) && !LATE_PAYMENT.test(c.heading));
    if (terms) return terms;
  }

  const subject = SUBJECT[kind];
  const byHeading = all.find((c) => c.heading && subject.test(c.heading));
  if (kind === 'payment_delay' && paymentStep === 'final') {
    const late = all.find((c) => c.heading && LATE_PAYMENT.test(c.heading));
    if (late) return late;
  }
  for (const factKind of FACTS_OF_KIND[kind]) {
    const cited = facts.find((f) => f.kind === factKind && typeof f.clause === 'string' && byNumber(f.clause));
    const clause = cited ? byNumber(cited.clause as string) : undefined;
    // The fact's clause stands unless its heading is about something else and another clause's heading is about
    // this (a rush fee pinned on "Working hours" while "Timeline" is there).
    if (clause && (!clause.heading || subject.test(clause.heading) || !byHeading)) return clause;
  }
  const bySubject = byHeading ?? all.find((c) => subject.test(c.text));
  if (bySubject || kind !== 'indecisive_reversal') return bySubject;
  // Without an approvals clause, a reversal is a change to agreed work: the change-request clause governs it.
  const change = facts.find((f) => f.kind === 'change_estimate' && typeof f.clause === 'string' && byNumber(f.clause));
  return change ? byNumber(change.clause as string) : undefined;
}

/** The clause quoted briefly: whole sentences up to about 200 characters, else the first one cut at a word. */
export function briefQuote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentences = flat.match(/.+?(?:[.!?]+(?=\s|$)|[。！？]+|$)\s*/g) ?? [flat];
  let quote = '';
  for (const sentence of sentences) {
    if (quote && (quote + sentence).trim().length > 200) break;
    quote += sentence;
  }
  quote = quote.trim();
  if (quote.length <= 220) return quote;
  const cut = quote.slice(0, 200);
  const space = cut.lastIndexOf(' ');
  return `${(space > 140 ? cut.slice(0, space) : cut).replace(/[,;:，；：]$/, '')}…`;
}
