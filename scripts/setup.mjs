#!/usr/bin/env node
// Makes a fresh clone runnable: installs npm packages when they are missing and Debian's Chromium when it is
// missing, so `npm run demo` and `npm test` are the only commands a person needs. Uses nothing outside Node.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync('node_modules/.bin/wxt')) {
  console.log('[setup] installing npm packages (npm ci)…');
  run('npm ci');
}

if (!existsSync(chromiumPath)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (hasApt) {
    console.log('[setup] Chromium is missing: installing Debian\'s chromium package…');
    const sudo = isRoot ? '' : 'sudo ';
    run(`${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq chromium`);
  }
  if (!existsSync(chromiumPath)) {
    console.error(
      `[setup] Chromium was not found at ${chromiumPath}.\n` +
        '  On Debian or Ubuntu: sudo apt-get install -y chromium\n' +
        '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
    );
    process.exit(1);
  }
}

// Screenshots of Chinese mail need a CJK font; a bare Debian has none, and Chromium would draw empty boxes.
const hasCjkFont = () => {
  try {
    return execSync('fc-list :lang=zh', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return true; // no fontconfig to ask: leave the machine as it is
  }
};
if (existsSync('/usr/bin/apt-get') && !hasCjkFont()) {
  console.log('[setup] installing a Chinese font for screenshots (fonts-wqy-microhei)…');
  try {
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    run(`${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq fonts-wqy-microhei`);
  } catch {
    console.warn('[setup] could not install fonts-wqy-microhei: Chinese text in screenshots may show as boxes.');
  }
}
