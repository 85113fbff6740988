import { describe, expect, it } from 'vitest';
import { CONTENT_KINDS, CONTENT_STATUSES, type ContentItem } from '../model';
import { availabilityOf } from './expiry';
import { buildIndex, filterIndex, NO_FILTERS } from './search';

const NOW = new Date('2026-03-10T12:00:00Z');
const OWNERS = ['Mia', 'Alex', 'Sam', ''];
const TAGS = ['launch', 'pricing', 'security', 'q1', 'events'];

/** 5,000 varied items; a few fields follow i so the expected answers can be counted directly. */
function library(count: number): ContentItem[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `item-${i}`,
    kind: CONTENT_KINDS[i % CONTENT_KINDS.length]!,
    title: `${i % 7 === 0 ? 'Robotics' : 'General'} message ${i}`,
    body: `Hi {{firstName}}, note number ${i}${i % 11 === 0 ? ' about warehouse automation' : ''}.`,
    status: CONTENT_STATUSES[i % CONTENT_STATUSES.length]!,
    ...(i % 13 === 0 ? { expiresAt: '2026-01-01T00:00:00Z' } : {}),
    ...(OWNERS[i % 4] ? { owner: OWNERS[i % 4] } : {}),
    tags: [TAGS[i % TAGS.length]!, ...(i % 2 ? ['Odd'] : [])],
    updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  }));
}

describe('library search over 5,000 items', () => {
  const items = library(5000);
  const started = performance.now();
  const index = buildIndex(items);
  console.log(`buildIndex(5000): ${(performance.now() - started).toFixed(1)} ms`);

  const run = (filters: Partial<typeof NO_FILTERS>) => {
    const t0 = performance.now();
    const found = filterIndex(index, { ...NO_FILTERS, ...filters }, NOW);
    console.log(`filter ${JSON.stringify(filters)}: ${found.length} in ${(performance.now() - t0).toFixed(2)} ms`);
    return found;
  };
  const expected = (keep: (item: ContentItem, i: number) => boolean) =>
    items.filter(keep).map((item) => item.id).sort();
  const ids = (found: ContentItem[]) => found.map((item) => item.id).sort();

  it('lists everything newest first with no filters, and offers owners and tags', () => {
    const all = run({});
    expect(all).toHaveLength(5000);
    expect(all[0]?.id).toBe('item-4999');
    expect(index.owners).toEqual(['Alex', 'Mia', 'Sam']);
    expect(index.tags).toEqual(['events', 'launch', 'Odd', 'pricing', 'q1', 'security']);
  });

  it('filters by kind, status, tag (any case) and owner, together', () => {
    expect(ids(run({ kind: 'faq' }))).toEqual(expected((_, i) => i % 5 === 4));
    expect(ids(run({ status: 'retired' }))).toEqual(expected((_, i) => i % 3 === 2));
    expect(ids(run({ tag: 'odd' }))).toEqual(expected((_, i) => i % 2 === 1));
    expect(ids(run({ kind: 'post', status: 'approved', owner: 'Alex', tag: 'pricing' }))).toEqual(
      expected((_, i) => i % 5 === 1 && i % 3 === 1 && i % 4 === 1 && i % 5 === 1),
    );
  });

  it('filters by availability: expired and live approved items', () => {
    expect(ids(run({ status: 'expired' }))).toEqual(expected((_, i) => i % 3 === 1 && i % 13 === 0));
    expect(ids(run({ status: 'live' }))).toEqual(expected((_, i) => i % 3 === 1 && i % 13 !== 0));
  });

  it('matches every word of the text anywhere in the item, ignoring case', () => {
    expect(ids(run({ text: 'ROBOTICS warehouse' }))).toEqual(expected((_, i) => i % 7 === 0 && i % 11 === 0));
    expect(ids(run({ text: 'number 4999' }))).toEqual(['item-4999']);
    expect(run({ text: 'no such words' })).toEqual([]);
  });
});

describe('availability filters', () => {
  it('agree with availabilityOf on every kind of window', () => {
    const at = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
    const base = { kind: 'message' as const, title: 't', body: 'b', updatedAt: at(-30) };
    const items: ContentItem[] = [
      { ...base, id: 'live', status: 'approved' },
      { ...base, id: 'live-window', status: 'approved', validFrom: at(-1), expiresAt: at(1) },
      { ...base, id: 'scheduled', status: 'approved', validFrom: at(1) },
      { ...base, id: 'expired', status: 'approved', expiresAt: at(-1) },
      { ...base, id: 'expires-now', status: 'approved', expiresAt: NOW.toISOString() },
      { ...base, id: 'draft-expired', status: 'draft', expiresAt: at(-1) },
      { ...base, id: 'retired', status: 'retired' },
    ];
    const index = buildIndex(items);
    for (const status of ['live', 'scheduled', 'expired', 'draft', 'retired'] as const) {
      const found = filterIndex(index, { ...NO_FILTERS, status }, NOW).map((item) => item.id).sort();
      expect(found, status).toEqual(items.filter((item) => availabilityOf(item, NOW) === status).map((item) => item.id).sort());
    }
    expect(filterIndex(index, { ...NO_FILTERS, status: 'expired' }, NOW).map((item) => item.id).sort()).toEqual(['expired', 'expires-now']);
  });
});
