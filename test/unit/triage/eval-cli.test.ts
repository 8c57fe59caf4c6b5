import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../utils/triage/evaluation';

// `npm run eval` with a second annotator's labels, run as a user runs it.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
const file = (name: string, lines: object[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return path;
};
const sentAt = '2026-11-18T11:00:00+01:00';
const corpus = file('corpus.jsonl', [
  { id: 'a', lang: 'en', sentAt, text: 'While you are at it, could you also design the flyers and a poster? Not in the quote, I know.', labels: ['scope_change'] },
  { id: 'b', lang: 'en', sentAt, text: 'Thanks, the invoice was paid this morning. Have a good week.', labels: ['none'] },
  { id: 'c', lang: 'en', sentAt, text: 'Lovely work on the menu, all approved.', labels: ['none'] },
]);
const second = file('second.jsonl', [
  { id: 'a', labels: ['none'], note: 'reads it as inside the job' },
  { id: 'b', labels: ['none'] },
]);

function evalJson(...args: string[]): { report: Report; stderr: string } {
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/eval.ts'), ...args, '--json'], { encoding: 'utf8', cwd: root });
  expect(run.status, run.stderr).toBe(0);
  return { report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

describe('npm run eval with a second annotator', () => {
  it('--annotator scores the annotator against the corpus, on the messages it labelled', () => {
    const { report, stderr } = evalJson(corpus, '--annotator', second);
    expect(report.all.messages).toBe(2);
    expect(report.all.perKind.scope_change).toMatchObject({ tp: 0, fn: 1, fp: 0 });
    expect(report.all.falseAlarmRate).toBe(0);
    expect(stderr).toContain('--annotator: 1 message(s) not annotated, left out (first: c)');
  });

  it('--gold scores the classifier against the annotator instead of the corpus', () => {
    const against = (extra: string[]) => evalJson(corpus, ...extra).report.all.perKind.scope_change;
    // The classifier flags the flyers: right by the corpus, a false alarm by the second annotator.
    expect(against([])).toMatchObject({ tp: 1, fp: 0 });
    expect(against(['--gold', second])).toMatchObject({ tp: 0, fp: 1 });
  });

  it('refuses a flag without its file', () => {
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/eval.ts'), corpus, '--gold'], { encoding: 'utf8', cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--gold needs a file');
  });
});

describe('npm run eval on lines that carry their agreement', () => {
  const agreement = { scope: { deliverables: ['flyers and a poster for the fair'], exclusions: [] }, hours: { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' } };
  const grounded = file('grounded.jsonl', [
    { id: 'listed', lang: 'en', sentAt, text: 'While you are at it, could you also design the flyers and a poster for the fair?', labels: ['none'], agreement },
  ]);

  it('reads the agreement, and --without-agreements classifies as if there were none', () => {
    expect(evalJson(grounded).report.all.perKind.scope_change).toMatchObject({ tp: 0, fp: 0 });
    expect(evalJson(grounded, '--without-agreements').report.all.perKind.scope_change).toMatchObject({ tp: 0, fp: 1 });
  });

  it('refuses an option it does not know, rather than ignoring a misspelt one', () => {
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/eval.ts'), grounded, '--without-agreement'], { encoding: 'utf8', cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option --without-agreement');
  });
});
