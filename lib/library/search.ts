/** Library search and filters: one lowercase search string per item, built once per data load. */
import type { ContentItem } from '../model';
import { isInWindow, timeOf } from '../match/availability';
import type { Availability } from './expiry';

export type StatusFilter = '' | ContentItem['status'] | Exclude<Availability, 'draft' | 'retired'>;

export type LibraryFilters = {
  text: string;
  kind: '' | ContentItem['kind'];
  /** A stored status, or an availability: live, scheduled, expired (all approved). */
  status: StatusFilter;
  tag: string;
  owner: string;
};

export const NO_FILTERS: LibraryFilters = { text: '', kind: '', status: '', tag: '', owner: '' };

type Entry<T> = { item: T; haystack: string; tags: ReadonlySet<string>; from?: number; until?: number };

export type LibraryIndex<T extends ContentItem> = {
  /** Newest first. */
  entries: Entry<T>[];
  /** For the filter menus, A–Z. */
  tags: string[];
  owners: string[];
};

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** Build once per load (memoise on the item array); filtering then never touches item fields but these. */
export function buildIndex<T extends ContentItem>(items: readonly T[]): LibraryIndex<T> {
  const entries = items
    .map((item) => ({
      item,
      haystack: [
        item.id,
        item.title,
        item.body,
        item.salesNote,
        item.owner,
        item.approvedBy,
        item.url,
        ...(item.tags ?? []),
        ...(item.audience?.titles ?? []),
        ...(item.audience?.industries ?? []),
        ...(item.audience?.companies ?? []),
      ]
        .filter(Boolean)
        .join('\n')
        .toLowerCase(),
      tags: new Set((item.tags ?? []).map((tag) => tag.toLowerCase())),
      from: timeOf(item.validFrom),
      until: timeOf(item.expiresAt),
    }))
    .sort((a, b) => (a.item.updatedAt < b.item.updatedAt ? 1 : a.item.updatedAt > b.item.updatedAt ? -1 : a.item.id.localeCompare(b.item.id)));
  return {
    entries,
    tags: sortedUnique(items.flatMap((item) => item.tags ?? [])),
    owners: sortedUnique(items.map((item) => item.owner ?? '').filter(Boolean)),
  };
}

/** Items matching every filter; text matches when every word of it appears somewhere in the item. */
export function filterIndex<T extends ContentItem>(index: LibraryIndex<T>, filters: LibraryFilters, now: Date): T[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  const tag = filters.tag.toLowerCase();
  const nowMs = now.getTime();
  const result: T[] = [];
  for (const entry of index.entries) {
    const { item } = entry;
    if (filters.kind && item.kind !== filters.kind) continue;
    if (filters.owner && (item.owner ?? '') !== filters.owner) continue;
    if (tag && !entry.tags.has(tag)) continue;
    if (filters.status && !statusMatches(entry, filters.status, nowMs)) continue;
    if (words.length && !words.every((word) => entry.haystack.includes(word))) continue;
    result.push(item);
  }
  return result;
}

/** Same rule as availabilityOf (lib/library/expiry.ts), on dates parsed once per load. */
function statusMatches(entry: Entry<ContentItem>, status: Exclude<StatusFilter, ''>, now: number): boolean {
  const { item } = entry;
  if (status === 'draft' || status === 'approved' || status === 'retired') return item.status === status;
  if (item.status !== 'approved') return false;
  if (isInWindow(entry.from, entry.until, now)) return status === 'live';
  const expired = entry.until !== undefined && entry.until <= now;
  return status === (expired ? 'expired' : 'scheduled');
}
