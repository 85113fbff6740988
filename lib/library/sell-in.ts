/**
 * Sell-in: each rep sees newly approved items once, as "new", with their sales note. Which
 * ones this rep has seen is kept in the meta store (META.sellInSeen).
 */
import { getMeta, META, putMeta } from '../db';
import type { ContentItem } from '../model';
import { isAvailable } from '../match/availability';

/** The ids this rep has acknowledged; anything unreadable counts as none. */
export async function seenIds(): Promise<Set<string>> {
  return new Set(await getMeta(META.sellInSeen));
}

/** Adds `ids` to the seen set (kept sorted, so the record is stable). */
export async function markSeen(ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const seen = await seenIds();
  const before = seen.size;
  for (const id of ids) seen.add(id);
  if (seen.size === before) return;
  await putMeta(META.sellInSeen, [...seen].sort());
}

const sameName = (a: string | undefined, b: string) => (a ?? '').trim().toLowerCase() === b;

/** The user approved it or owns it: it is not news to them. */
function isOwnWork(item: Pick<ContentItem, 'approvedBy' | 'owner'>, me: string): boolean {
  return me !== '' && (sameName(item.approvedBy, me) || sameName(item.owner, me));
}

/**
 * Items a rep can use now and has not acknowledged yet, most recently approved first. With `me`
 * (the user's name), items they approved or own are left out: a marketer's own work is not news.
 */
export function unseenApproved<T extends ContentItem>(items: readonly T[], seen: ReadonlySet<string>, now: Date = new Date(), me = ''): T[] {
  const self = me.trim().toLowerCase();
  return items
    .filter((item) => !seen.has(item.id) && isAvailable(item, now) && !isOwnWork(item, self))
    .sort((a, b) => (b.approvedAt ?? b.updatedAt).localeCompare(a.approvedAt ?? a.updatedAt));
}
