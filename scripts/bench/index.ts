// npm run bench: runs every scripts/bench/<area>.ts that exports run(), in one process, and prints one table.
// A figure is only ever compared with a baseline measured in the same run, on the same machine.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const areas = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f) && !f.endsWith('.test.ts'))
  .map((f) => basename(f, '.ts'))
  .filter((area) => only.length === 0 || only.includes(area))
  .sort();

function format(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1000) return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return n.toPrecision(3);
}

let failed = false;
const rows: Array<BenchRow & { area: string }> = [];
for (const area of areas) {
  const module = (await import(join(here, `${area}.ts`))) as { run?: () => Promise<BenchRow[]> };
  if (typeof module.run !== 'function') continue;
  process.stderr.write(`[bench] ${area}…\n`);
  try {
    for (const row of await module.run()) rows.push({ area, ...row });
  } catch (error) {
    failed = true;
    console.error(`[bench] ${area} failed: ${(error as Error).stack ?? error}`);
  }
}

console.log('| area | measure | value | baseline (same run) | ratio | goal |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  const baseline = r.baseline ? `${r.baseline.name}: ${format(r.baseline.value)} ${r.unit}` : '';
  const ratio = r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '';
  console.log(`| ${r.area} | ${r.name} | ${format(r.value)} ${r.unit} | ${baseline} | ${ratio} | ${r.goal ?? ''} |`);
}
process.exit(failed ? 1 : 0);
