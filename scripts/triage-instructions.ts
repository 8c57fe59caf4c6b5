// `npx tsx scripts/triage-instructions.ts [stage …]`: machine instructions per message of the triage bench's typical
// mail, stage by stage, counted by valgrind (apt-get install valgrind). On this shared 2-core machine two timings of
// the same code differ by up to 2×, while an instruction count of the whole classifier repeats to within a few
// percent (a single stage has moved by up to 9%, likely with compile and GC timing): use it to compare two versions
// of the hot path when they differ by more than that, and `npm run bench` for the speed itself (instructions do not
// see cache misses).
// Each stage includes the ones before it (read = sentences + cues + rules; features adds hashing into a sink that
// keeps nothing; score adds the model's sums; decide adds evidence and thresholds); detect and classify stand alone.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { typicalMail } from './bench/triage';
import { classifyMessage } from '../utils/triage/classify';
import { detectLanguage } from '../utils/triage/detect-language';
import { extractFeatures } from '../utils/triage/model/features';
import { readMessage } from '../utils/triage/model/featurize';
import { triageModel } from '../utils/triage/model/model';

const STAGES = ['detect', 'read', 'features', 'score', 'decide', 'classify'] as const;
type Stage = (typeof STAGES)[number];
const WARM = 3;
const FEW = 2;
const MANY = 6;

/** The workload valgrind counts: `rounds` passes of one stage over the typical mail, after a warm-up. */
function drive(stage: Stage, rounds: number): void {
  const inputs = typicalMail();
  const model = triageModel();
  const discard = { n: 0, add(id: number) { this.n += id & 1; } };
  const once = (m: (typeof inputs)[number]): unknown => {
    if (stage === 'classify') return classifyMessage(m);
    if (stage === 'detect') return detectLanguage(m.text);
    const r = readMessage(m.text, { sentAt: m.sentAt, hours: m.hours, agreement: null });
    if (stage === 'read') return r;
    if (stage === 'features') return extractFeatures(r.reading.folded, r.context, discard);
    if (stage === 'decide') return model.classifySentences(r.reading.folded, r.context, r.sentences.length);
    return extractFeatures(r.reading.folded, r.context, model.scorer());
  };
  for (let i = 0; i < WARM + rounds; i++) for (const m of inputs) once(m);
}

function count(bundle: string, stage: Stage, rounds: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', bundle, '--drive', stage, String(rounds)];
    const child = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', () => {
      const m = /I\s+refs:\s+([\d,]+)/.exec(err);
      if (m) resolve(Number(m[1]!.replace(/,/g, '')));
      else reject(new Error(`valgrind printed no instruction count:\n${err.slice(-500)}`));
    });
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--drive') return drive(argv[1] as Stage, Number(argv[2]));
  const stages = argv.length ? argv.filter((a): a is Stage => (STAGES as readonly string[]).includes(a)) : [...STAGES];
  // One bundle, so valgrind runs plain node (the tsx loader would be counted too). It sits two folders below the
  // repository, where the bench's corpus paths (relative to its own file) still resolve.
  const bundle = join(fileURLToPath(new URL('..', import.meta.url)), '.output', 'triage-instructions', 'drive.mjs');
  execFileSync('npx', ['esbuild', fileURLToPath(import.meta.url), '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=error']);
  const messages = typicalMail().length;
  for (const stage of stages) {
    // The difference of two runs cancels start-up, loading and the warm-up.
    const [few, many] = await Promise.all([count(bundle, stage, FEW), count(bundle, stage, MANY)]);
    console.log(`${stage.padEnd(9)} ${Math.round((many - few) / ((MANY - FEW) * messages)).toLocaleString('en')} instructions/message`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
