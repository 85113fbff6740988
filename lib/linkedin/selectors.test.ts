/**
 * The selector table against the fixture pages (refined-github's way): every entry matches each
 * page it says it serves, so a dead selector fails here; that each page's fields come out right
 * is tests/fixtures/readings.ts, checked by read-profile.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SELECTORS, queryAll, queryFirst } from './selectors';
import { domOf, fixtureNames, fixtureStem, loadFixture } from '../../tests/support/fixtures';

const PAGES = new Map(fixtureNames().map((file) => [fixtureStem(file), loadFixture(file).doc]));
const ENTRIES = Object.entries(SELECTORS).flatMap(([name, entries]) => entries.map((entry) => ({ name, ...entry })));

describe('the selector table', () => {
  it.each(ENTRIES)('$name: $css matches every page it serves', ({ css, serves }) => {
    expect(serves.length, 'serves at least one fixture').toBeGreaterThan(0);
    for (const stem of serves) {
      const doc = PAGES.get(stem);
      expect(doc, `${stem} is a fixture page`).toBeDefined();
      expect(doc?.querySelector(css), `${css} in ${stem}`).not.toBeNull();
    }
  });

  it('claims no date a selector was seen: the fixtures say what it serves', () => {
    const source = readFileSync(new URL('./selectors.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/seen \d{4}/);
  });

  it('finds in list order and skips nothing that matches', () => {
    const page = domOf('<main><h2 class="top-card-layout__headline">B</h2><div class="text-body-medium break-words">A</div></main>');
    expect(queryFirst(page, 'personHeadline')?.textContent).toBe('B');
    expect(queryAll(page, 'personHeadline').map((element) => element.textContent)).toEqual(['B', 'A']);
  });
});
