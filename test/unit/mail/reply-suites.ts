// Loads the three external reply-parsing suites (test/fixtures/reply-parsing: crisp-oss/email-reply-parser,
// willdurand/EmailReplyParser, mailgun/talon) as cases our splitter can be checked against. Their assertions speak of
// their own fragment model; the ones that say what a reader sees are mapped onto ours:
//   visible text / first fragment  -> `body` (trimmed; the suites differ on trailing whitespace only)
//   parseReplied                   -> `quoted`
//   "a signature was found"        -> `signature` is not empty
//   talon's extract_from_plain     -> the text without its quoted history, signature kept (stripQuotedHistory)
// Fragment counts and flags of fragments after the first have no equivalent and are not checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SplitReply, SplitReplyOptions } from '../../../utils/mail/split-reply';

export const SUITES_DIR = fileURLToPath(new URL('../../fixtures/reply-parsing', import.meta.url));

export interface Splitter {
  split(text: string, options?: SplitReplyOptions): SplitReply;
  /** Text without quoted history, signature kept. */
  strip(text: string, options?: SplitReplyOptions): string;
}

export interface SuiteCase {
  suite: 'email-reply-parser' | 'EmailReplyParser' | 'talon';
  id: string;
  input: string;
  options?: SplitReplyOptions;
  /** True when the case has an exact expected text (the figure the fixtures README quotes for the library). */
  exact: boolean;
  /** null when it passes, else why not. */
  check(splitter: Splitter): string | null;
}

type Assertion = [string, ...unknown[]];

function phpRegex(literal: string): RegExp {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(literal);
  if (!m) throw new Error(`not a PHP regex literal: ${literal}`);
  return new RegExp(m[1], m[2].replace(/[^ims]/g, ''));
}

function jsRegex(pattern: string, flags = ''): RegExp {
  return new RegExp(pattern, flags);
}

function checkAll(checks: Array<() => string | null>): string | null {
  for (const c of checks) {
    const why = c();
    if (why) return why;
  }
  return null;
}

const show = (s: string) => JSON.stringify(s.length > 160 ? `${s.slice(0, 160)}…` : s);

/** Trailing spaces of each line differ between the suites' own transcriptions, so they are not compared. */
const norm = (s: string) => s.replace(/[ \t]+$/gm, '').trim();

function bodyEquals(expected: string, split: (s: Splitter) => SplitReply) {
  return (s: Splitter) => {
    const body = norm(split(s).body);
    return body === norm(expected) ? null : `body ${show(body)} ≠ expected ${show(norm(expected))}`;
  };
}

/** Maps the fragment assertions that describe what a reader sees onto our result. */
function mappedAssertions(assertions: Assertion[], regex: (p: string, f?: string) => RegExp) {
  const out: Array<(r: SplitReply) => string | null> = [];
  // Which fragments the suite calls signatures, so a regex about such a fragment can be checked on our signature.
  const signatureFragments = new Set<number>();
  for (const [kind, a, b] of assertions) {
    if (kind === 'frag_is_signature' && b === true) signatureFragments.add(a as number);
    if (kind === 'signature') (a as boolean[]).forEach((flag, i) => flag && signatureFragments.add(i));
  }
  for (const [kind, ...args] of assertions) {
    const [a, b, c] = args as [unknown, unknown, unknown];
    if ((kind === 'frag_re' || kind === 'frag_trim_re') && a === 0) {
      const re = regex(b as string, c as string | undefined);
      out.push((r) => (re.test(kind === 'frag_re' ? r.body : r.body.trim()) ? null : `body ${show(r.body)} does not match ${re}`));
    } else if ((kind === 'frag_eq' || kind === 'frag_trim_eq' || kind === 'frag_content_eq') && a === 0) {
      out.push((r) => (norm(r.body) === norm(String(b)) ? null : `body ${show(r.body)} ≠ ${show(String(b))}`));
    } else if (kind === 'frag_contains' && a === 0) {
      out.push((r) => (r.body.includes(String(b)) ? null : `body lacks ${show(String(b))}`));
    } else if (kind === 'frag_not_contains' && a === 0) {
      out.push((r) => (!r.body.includes(String(b)) ? null : `body contains ${show(String(b))}`));
    } else if (kind === 'visible_eq' || kind === 'visible_trim_eq' || kind === 'parse_reply_eq') {
      out.push((r) => (norm(r.body) === norm(String(a)) ? null : `body ${show(r.body)} ≠ visible ${show(String(a))}`));
    } else if (kind === 'parse_replied_re') {
      const re = regex(a as string, b as string | undefined);
      out.push((r) => (re.test(r.quoted) ? null : `quoted ${show(r.quoted)} does not match ${re}`));
    } else if ((kind === 'frag_re' || kind === 'frag_trim_re') && signatureFragments.has(a as number)) {
      const re = regex(b as string, c as string | undefined);
      out.push((r) => (re.test(kind === 'frag_re' ? `${r.signature}\n` : r.signature) ? null : `signature ${show(r.signature)} does not match ${re}`));
    } else if ((kind === 'frag_eq' || kind === 'frag_content_eq') && a === 1 && !signatureFragments.has(1)) {
      // The second fragment is the quoted history when the first is the reply and the second no signature.
      out.push((r) => (norm(r.quoted) === norm(String(b)) ? null : `quoted ${show(r.quoted)} ≠ ${show(String(b))}`));
    } else if (kind === 'count' && a === 1) {
      // One fragment: the whole message is new text, nothing quoted, no signature.
      out.push((r) => (r.quoted === '' && r.signature === '' ? null : `expected one part, got quoted ${show(r.quoted)} and signature ${show(r.signature)}`));
    } else if (kind === 'frag_is_quoted' && a === 0 && b === false) {
      out.push((r) => (r.body.trim() !== '' ? null : 'the first part is new text, but body is empty'));
    } else if (kind === 'frag_is_signature' && b === true) {
      out.push((r) => (r.signature !== '' ? null : 'expected a signature'));
    } else if (kind === 'signature' && (a as boolean[]).some(Boolean)) {
      out.push((r) => (r.signature !== '' ? null : 'expected a signature'));
    } else if (kind === 'any_signature') {
      out.push((r) => ((r.signature !== '') === a ? null : `signature ${show(r.signature)}, expected ${a ? 'one' : 'none'}`));
    }
  }
  return out;
}

function readFixture(suite: string, file: string): string {
  return readFileSync(join(SUITES_DIR, suite, 'fixtures', file), 'utf8');
}

function crispCases(): SuiteCase[] {
  const e = JSON.parse(readFileSync(join(SUITES_DIR, 'email-reply-parser/expectations.json'), 'utf8'));
  const cases: SuiteCase[] = [];
  for (const [file, spec] of Object.entries<any>(e.fixtures)) {
    const input = readFixture('email-reply-parser', file);
    const exactText: string | undefined = spec.expected_visible_text ?? spec.expected_first_fragment ?? spec.expected_first_fragment_trimmed;
    const mapped = mappedAssertions(spec.assertions ?? [], (p, f) => jsRegex(p, f));
    // first_fragment_must_match repeats a frag_re assertion (with its flags), so the assertions alone are used.
    if (exactText === undefined && mapped.length === 0) continue;
    cases.push({
      suite: 'email-reply-parser',
      id: file,
      input,
      exact: exactText !== undefined,
      check: (s) =>
        exactText !== undefined ? bodyEquals(exactText, (x) => x.split(input))(s) : checkAll(mapped.map((m) => () => m(s.split(input)))),
    });
  }
  e.inline_cases_in_test_js.forEach((c: any) => {
    cases.push({
      suite: 'email-reply-parser',
      id: c.test,
      input: c.input,
      exact: false,
      check: (s) => {
        const r = s.split(c.input);
        const checks: Array<() => string | null> = [];
        for (const m of c.parseReply_must_match ?? []) checks.push(() => (r.body.includes(m) ? null : `body lacks ${show(m)}`));
        for (const m of c.parseReply_must_not_match ?? []) checks.push(() => (!r.body.includes(m) ? null : `body has ${show(m)}`));
        for (const m of c.parseReplied_must_match ?? []) checks.push(() => (r.quoted.includes(m) ? null : `quoted lacks ${show(m)}`));
        for (const m of c.parseReplied_must_not_match ?? []) checks.push(() => (!r.quoted.includes(m) ? null : `quoted has ${show(m)}`));
        return checkAll(checks);
      },
    });
  });
  return cases;
}

function willdurandCases(): SuiteCase[] {
  const e = JSON.parse(readFileSync(join(SUITES_DIR, 'EmailReplyParser/expectations.json'), 'utf8'));
  const seen = new Map<string, number>();
  const cases: SuiteCase[] = [];
  for (const spec of e.cases) {
    let input = readFixture('EmailReplyParser', spec.fixture);
    const t = spec.input_transform;
    if (t) input = input.split(t.replace).join(t.with);
    const options: SplitReplyOptions | undefined = spec.requires_extra_quote_header_regex
      ? { quoteHeaders: [phpRegex(spec.requires_extra_quote_header_regex)] }
      : undefined;
    const n = (seen.get(spec.fixture) ?? 0) + 1;
    seen.set(spec.fixture, n);
    const exactText: string | undefined = spec.expected_visible_text ?? spec.expected_first_fragment ?? spec.expected_first_fragment_trimmed;
    const mapped = mappedAssertions(spec.assertions ?? [], (p) => phpRegex(p));
    for (const p of spec.first_fragment_must_match ?? []) mapped.push((r) => (phpRegex(p).test(r.body) ? null : `body ${show(r.body)} does not match ${p}`));
    for (const p of spec.first_fragment_must_contain ?? []) mapped.push((r) => (r.body.includes(p) ? null : `body lacks ${show(p)}`));
    for (const p of spec.first_fragment_must_not_contain ?? []) mapped.push((r) => (!r.body.includes(p) ? null : `body has ${show(p)}`));
    if (exactText === undefined && mapped.length === 0) continue;
    cases.push({
      suite: 'EmailReplyParser',
      id: `${spec.fixture}#${n}${t ? ` [${t.with.slice(0, 40)}]` : ''}`,
      input,
      options,
      exact: exactText !== undefined,
      check: (s) =>
        exactText !== undefined
          ? bodyEquals(exactText, (x) => x.split(input, options))(s)
          : checkAll(mapped.map((m) => () => m(s.split(input, options)))),
    });
  }
  return cases;
}

function talonTextCases(): SuiteCase[] {
  const e = JSON.parse(readFileSync(join(SUITES_DIR, 'talon/expectations.json'), 'utf8'));
  return e.inline_plain_text_cases.map(
    (c: any): SuiteCase => ({
      suite: 'talon',
      id: c.id,
      input: c.input,
      exact: true,
      check: (s) => {
        const got = norm(s.strip(c.input));
        return got === norm(c.expected_reply) ? null : `reply ${show(got)} ≠ expected ${show(norm(c.expected_reply))}`;
      },
    }),
  );
}

export function loadTextSuites(): SuiteCase[] {
  return [...crispCases(), ...willdurandCases(), ...talonTextCases()];
}
