/** Free-text search over the library, for the rep looking for an answer ("pricing", "SOC 2"). */
import type { ContentItem } from '../model';
import { isAvailable, timeOrZero } from './availability';
import { foldWords } from './text';

type Haystack = { title: string; all: string; updatedAt: number };

// Folded once per item object; items are treated as immutable.
const haystacks = new WeakMap<ContentItem, Haystack>();

function haystackOf(item: ContentItem): Haystack {
  const cached = haystacks.get(item);
  if (cached) return cached;
  const title = foldWords(item.title);
  const rest = [item.body, ...(item.tags ?? []), item.salesNote, item.kind].map(foldWords).join(' ');
  const haystack = { title, all: `${title} ${rest}`, updatedAt: timeOrZero(item.updatedAt) };
  haystacks.set(item, haystack);
  return haystack;
}

/**
 * Approved, in-date items whose title, body, tags, sales note or kind contain every query word
 * (as a substring: "secur" finds "security"), ignoring case and diacritics. Items with more query
 * words in the title come first, then newer ones. An empty query finds nothing.
 */
export function searchLibrary<T extends ContentItem>(items: readonly T[], query: string, now: Date, limit = 20): T[] {
  const terms = [...new Set(foldWords(query).split(' ').filter(Boolean))];
  if (!terms.length || limit <= 0) return [];
  const hits: Array<{ item: T; titleHits: number; updatedAt: number }> = [];
  for (const item of items) {
    if (!isAvailable(item, now)) continue;
    const haystack = haystackOf(item);
    if (!terms.every((term) => haystack.all.includes(term))) continue;
    const titleHits = terms.filter((term) => haystack.title.includes(term)).length;
    hits.push({ item, titleHits, updatedAt: haystack.updatedAt });
  }
  hits.sort((a, b) => b.titleHits - a.titleHits || b.updatedAt - a.updatedAt);
  return hits.slice(0, limit).map((hit) => hit.item);
}
