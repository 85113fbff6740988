/**
 * Ranking against a prepared library (items grouped by audience, each audience matched once) gives
 * what ranking every item on its own gives: the same items, scores and order, whatever the mix of
 * audiences, kinds, dates and statuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_KINDS, type ContentItem } from '../model';
import { contentItem, personPage } from '../../tests/support/builders';
import { isAvailable } from './availability';
import { prepareLibrary, suggestContent, type Suggestion } from './suggest';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();

const AUDIENCES: Array<ContentItem['audience']> = [
  undefined,
  {},
  { titles: ['marketing'] },
  { titles: ['finance'] },
  { seniorities: ['vp', 'director'] },
  { titles: ['marketing'], seniorities: ['vp'] },
  { companies: ['Acme Robotics'] },
  { industries: ['automation'] },
];

const item = fc.record({
  audience: fc.constantFrom(...AUDIENCES),
  kind: fc.constantFrom(...CONTENT_KINDS),
  status: fc.constantFrom('approved', 'approved', 'approved', 'draft'),
  updatedDay: fc.integer({ min: -5, max: 0 }),
  expiresDay: fc.option(fc.integer({ min: -2, max: 10 }), { nil: undefined }),
  validFromDay: fc.option(fc.integer({ min: -3, max: 2 }), { nil: undefined }),
});

const prospects = [
  personPage({ title: 'VP Marketing', company: 'Acme Robotics', industry: 'Industrial Automation' }),
  personPage({ title: 'Director of Finance', company: 'Other Co' }),
  personPage({ title: undefined, headline: undefined, company: undefined }),
];

/** Each item ranked alone, then ordered as the panel orders them (score, newer, id). */
function oneByOne(profile: (typeof prospects)[number], items: ContentItem[], limit: number): Suggestion[] {
  const alone = items.flatMap((one) => suggestContent(profile, [one], NOW, { limit: 1 }));
  return alone
    .sort((a, b) => b.score - a.score || b.item.updatedAt.localeCompare(a.item.updatedAt) || (a.item.id < b.item.id ? -1 : 1))
    .slice(0, limit);
}

describe('suggestContent against a prepared library', () => {
  it('ranks as every item ranked on its own would', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (drawn, limit) => {
        const items = drawn.map((d, i) =>
          contentItem({
            id: `i${String(i).padStart(3, '0')}`,
            kind: d.kind,
            status: d.status as ContentItem['status'],
            audience: d.audience,
            updatedAt: at(d.updatedDay),
            ...(d.expiresDay === undefined ? {} : { expiresAt: at(d.expiresDay) }),
            ...(d.validFromDay === undefined ? {} : { validFrom: at(d.validFromDay) }),
          }),
        );
        const library = prepareLibrary(items);
        for (const profile of prospects) {
          expect(suggestContent(profile, library, NOW, { limit })).toEqual(oneByOne(profile, items, limit));
        }
        expect(library.availableAt(NOW.getTime())).toBe(items.filter((one) => isAvailable(one, NOW)).length);
      }),
      { numRuns: 300 },
    );
  });

  it('reads past an audience\'s older items to its newer ones when another audience ties on score', () => {
    const company = contentItem({ id: 'company', audience: { companies: ['Acme Robotics'] }, updatedAt: at(-2) });
    const older = contentItem({ id: 'older', audience: { titles: ['marketing'], seniorities: ['vp'] }, updatedAt: at(-3) });
    const newer = contentItem({ id: 'newer', audience: { titles: ['marketing'], seniorities: ['vp'] }, updatedAt: at(-1) });
    const [top] = suggestContent(prospects[0]!, prepareLibrary([company, older, newer]), NOW, { limit: 1 });
    expect(top?.item.id).toBe('newer');
  });
});
