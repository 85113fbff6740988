import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './harness';

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
