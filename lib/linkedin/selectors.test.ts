import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SELECTORS, queryAll, queryFirst } from './selectors';
import { domOf } from '../../tests/support/fixtures';

describe('SELECTORS', () => {
  const doc = domOf('<html><body><main><h1>x</h1></main></body></html>');

  it('holds only selectors the DOM engine parses', () => {
    for (const [name, entries] of Object.entries(SELECTORS)) {
      for (const entry of entries) {
        expect(() => doc.querySelectorAll(entry.css), `${name}: ${entry.css}`).not.toThrow();
        expect(entry.variant, `${name}: ${entry.css}`).toBeTruthy();
      }
    }
  });

  it('dates every entry with a "seen" comment', () => {
    const source = readFileSync(new URL('./selectors.ts', import.meta.url), 'utf8');
    const entryLines = source.split('\n').filter((line) => line.includes("css: '"));
    expect(entryLines.length).toBeGreaterThan(20);
    for (const line of entryLines) expect(line, line).toMatch(/\/\/ seen \d{4}-\d{2}$/);
  });

  it('finds in list order and skips nothing that matches', () => {
    const page = domOf('<main><h1 class="top-card-layout__title">B</h1><h1 class="text-heading-xlarge">A</h1></main>');
    expect(queryFirst(page, 'personName')?.textContent).toBe('A');
    expect(queryAll(page, 'personName').map((element) => element.textContent)).toEqual(['A', 'B']);
  });
});
