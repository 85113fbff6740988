import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../support/harness';

// Bundle sizes are deterministic, so they are budgeted here; speed is measured by `npm run bench`.
describe('build budget', () => {
  it('keeps the content script, which runs on every LinkedIn page, under 15 kB gzipped', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'linkedin.js'));
    expect(gzipSync(script, { level: 9 }).length).toBeLessThan(15_000);
  });

  it('keeps zod and chart.js out of the content script', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'linkedin.js'), 'utf8');
    expect(script).not.toContain('ZodError');
    expect(script).not.toContain('Chart');
  });
});

/**
 * The scripts panel.html loads before its first paint: its entry and their static imports; with
 * `later`, also what they import on demand (`import(\`./x.js\`)`) and what that imports.
 */
function panelScripts({ later = false } = {}): Map<string, string> {
  const html = readFileSync(join(EXTENSION_DIR, 'panel.html'), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const scripts = new Map<string, string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (scripts.has(file)) continue;
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    scripts.set(file, code);
    // Static imports only (`from"./x.js"`, `import"./x.js"`); `import("./x.js")` loads later.
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) pending.push(`chunks/${match[1]}`);
    if (later) for (const match of code.matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)) pending.push(`chunks/${match[1]}`);
  }
  return scripts;
}

const panelFirstPaintScripts = () => panelScripts();

describe('panel first paint', () => {
  it('loads neither zod nor the IndexedDB code: the background prepared the first view', () => {
    const scripts = panelFirstPaintScripts();
    expect(scripts.size).toBeGreaterThan(0);
    for (const [file, code] of scripts) {
      expect(code, file).not.toContain('ZodError');
      expect(code, file).not.toContain('indexedDB');
    }
  });

  it('never loads the IndexedDB code or zod, even later: the panel reads only through the background', () => {
    const scripts = panelScripts({ later: true });
    // FeedbackBar and "New for you" load on demand: the walk must have reached them.
    expect(scripts.size).toBeGreaterThan(panelFirstPaintScripts().size);
    for (const [file, code] of scripts) {
      expect(code, file).not.toContain('ZodError');
      expect(code, file).not.toContain('indexedDB');
    }
  });

  it('keeps the scripts it waits for under 25 kB gzipped', () => {
    const total = [...panelFirstPaintScripts().values()].reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
    expect(total).toBeLessThan(25_000);
  });
});
