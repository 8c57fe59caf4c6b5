import { z } from 'zod';
import { isValidTimezone } from './timezone';

// The backup file is the public contract (DESIGN.md, "The backup file"); every type of agreement data derives from
// these schemas, and the published JSON Schema is generated from them.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 date and time');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM (24-hour)');
const timezone = z.string().refine(isValidTimezone, 'expected an IANA time zone such as Europe/Madrid');
const weekday = z.number().int().min(1).max(7);
const money = z.number().finite().nonnegative();

export const LANGS = ['en', 'es', 'zh'] as const;
export const languageSchema = z.enum(['en', 'es', 'zh', 'zh-Hant']);

export const workingHoursSchema = z.object({
  timezone: timezone.optional(),
  days: z.array(weekday).optional(),
  start: clock.optional(),
  end: clock.optional(),
  responseHours: z.number().nonnegative().optional(),
  afterHours: z
    .object({ allowed: z.boolean().optional(), rateMultiplier: z.number().positive().optional() })
    .optional(),
});

export const providerSchema = z.object({
  name: z.string().default(''),
  email: z.string().optional(),
  signature: z.string().optional(),
  timezone: timezone.optional(),
  languages: z.array(languageSchema).optional(),
  hours: workingHoursSchema.optional(),
});

export const clientSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1, 'a client needs a name'),
  emails: z.array(z.string().email('not an e-mail address')).default([]),
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'not a domain such as acme.com')).default([]),
  language: languageSchema.optional(),
  timezone: timezone.optional(),
  notes: z.string().optional(),
});

export const clauseSchema = z.object({
  number: z.string().min(1),
  heading: z.string().optional(),
  text: z.string().min(1),
});

export const invoiceSchema = z.object({
  number: z.string().min(1),
  amount: money,
  issuedAt: isoDate.optional(),
  dueAt: isoDate.optional(),
  paidAt: isoDate.nullable().optional(),
});

export const obligationSchema = z.object({
  what: z.string().min(1),
  due: isoDate.optional(),
  withinBusinessDays: z.number().int().positive().optional(),
  doneAt: isoDate.nullable().optional(),
});

export const agreementSchema = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  title: z.string().min(1, 'an agreement needs a title'),
  status: z.enum(['active', 'draft', 'ended']).default('active'),
  signedAt: isoDate.nullable().optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a currency code such as EUR').optional(),
  language: languageSchema.optional(),
  scope: z
    .object({
      deliverables: z.array(z.string()).default([]),
      exclusions: z.array(z.string()).default([]),
      revisionRounds: z.number().int().nonnegative().optional(),
    })
    .optional(),
  hours: workingHoursSchema.optional(),
  money: z
    .object({
      fee: money.optional(),
      hourlyRate: money.optional(),
      changeRequestRate: money.optional(),
      rushFeePercent: z.number().nonnegative().optional(),
      depositPercent: z.number().min(0).max(100).optional(),
      netDays: z.number().int().nonnegative().optional(),
      lateFee: z
        .object({ percentPerMonth: z.number().nonnegative().optional(), fixed: money.optional() })
        .optional(),
      stopWorkAfterDays: z.number().int().nonnegative().optional(),
      extraRoundRate: money.optional(),
    })
    .optional(),
  clientObligations: z.array(obligationSchema).default([]),
  clauses: z.array(clauseSchema).default([]),
  invoices: z.array(invoiceSchema).default([]),
});

export const templateSchema = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  lang: languageSchema,
  tone: z.enum(['warm', 'neutral', 'firm']),
  step: z.string().optional(),
  text: z.string(),
});

// A user's correction of the classifier: kept locally, and part of the backup.
export const requestCorrectionSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  lang: z.string().optional(),
  kind: z.string().min(1),
  verdict: z.enum(['wrong', 'missing']),
  at: isoInstant,
});

export const backupSchema = z.object({
  format: z.literal('clausemate/1'),
  exportedAt: isoInstant.optional(),
  provider: providerSchema.optional(),
  clients: z.array(clientSchema).default([]),
  agreements: z.array(agreementSchema).default([]),
  templates: z.array(templateSchema).default([]),
  requests: z.array(requestCorrectionSchema).default([]),
});

export type WorkingHours = z.infer<typeof workingHoursSchema>;
export type Provider = z.infer<typeof providerSchema>;
export type Client = z.infer<typeof clientSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type Invoice = z.infer<typeof invoiceSchema>;
export type Obligation = z.infer<typeof obligationSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Template = z.infer<typeof templateSchema>;
export type RequestCorrection = z.infer<typeof requestCorrectionSchema>;
export type Backup = z.infer<typeof backupSchema>;
export type Language = z.infer<typeof languageSchema>;
