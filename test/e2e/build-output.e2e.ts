import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extensionDir } from './harness';

// What the built extension asks of the browser and injects into Gmail, read from the build itself.

const dir = extensionDir();
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built extension', () => {
  it('asks for Gmail, storage and the popup capture, and nothing broader', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual(['https://mail.google.com/*']);
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].matches).toEqual(['https://mail.google.com/*']);
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('injects less than 100 KB gzipped into Gmail', () => {
    const injected = manifest.content_scripts[0].js.map((f: string) => readFileSync(join(dir, f)));
    const gzipped = injected.reduce((sum: number, code: Buffer) => sum + gzipSync(code, { level: 9 }).length, 0);
    console.log(`content script: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThan(100 * 1024);
  });

  it('contains no socket, beacon or XHR code (the one fetch, WXT loading our stylesheet, is checked at run time)', () => {
    for (const file of filesUnder(dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bnew WebSocket\(|\bXMLHttpRequest\b|navigator\.sendBeacon|\bEventSource\(/);
    }
  });
});
