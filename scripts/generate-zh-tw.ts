// `npx tsx scripts/generate-zh-tw.ts`: writes the Traditional Chinese UI (public/_locales/zh_TW) from the Simplified
// one with OpenCC's Taiwan conversion (characters and Taiwan phrasing). Without it a browser set to Traditional
// Chinese would fall back to English. A test keeps the file equal to a fresh generation, so edit zh_CN and rerun.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter } from 'opencc-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ZH_TW_PATH = join(root, 'public/_locales/zh_TW/messages.json');

type Messages = Record<string, { message: string; description?: string; placeholders?: unknown }>;

export function traditionalMessages(): string {
  const toTaiwan = Converter({ from: 'cn', to: 'twp' });
  const simplified = JSON.parse(readFileSync(join(root, 'public/_locales/zh_CN/messages.json'), 'utf8')) as Messages;
  const out: Messages = {};
  for (const [key, entry] of Object.entries(simplified)) {
    out[key] = { ...entry, message: toTaiwan(entry.message), ...(entry.description ? { description: toTaiwan(entry.description) } : {}) };
  }
  return JSON.stringify(out, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(dirname(ZH_TW_PATH), { recursive: true });
  writeFileSync(ZH_TW_PATH, traditionalMessages());
  console.log(`wrote ${ZH_TW_PATH}`);
}
