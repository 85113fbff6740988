/** Where an item stands in time, and which ones run out soon (for their owners to renew or let go). */
import type { ContentItem } from '../model';
import { isAvailable, timeOf } from '../match/availability';

export const EXPIRY_PANEL_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
export const NO_OWNER = 'No owner';

/** What a rep gets: `live` items are suggested now; the rest say why not. */
export type Availability = 'draft' | 'retired' | 'scheduled' | 'expired' | 'live';

export function availabilityOf(item: Pick<ContentItem, 'status' | 'validFrom' | 'expiresAt'>, now: Date): Availability {
  if (item.status !== 'approved') return item.status;
  if (isAvailable(item, now)) return 'live';
  const expiresAt = timeOf(item.expiresAt);
  return expiresAt !== undefined && expiresAt <= now.getTime() ? 'expired' : 'scheduled';
}

export type OwnerGroup<T> = { owner: string; items: T[] };

/**
 * Items not retired whose expiry falls within the next `days` days, grouped by owner (owners
 * A–Z, "No owner" last), soonest expiry first within a group.
 */
export function expiringSoon<T extends ContentItem>(items: readonly T[], now: Date, days = EXPIRY_PANEL_DAYS): OwnerGroup<T>[] {
  const from = now.getTime();
  const until = from + days * DAY_MS;
  const soon = items
    .filter((item) => item.status !== 'retired')
    .map((item) => ({ item, at: timeOf(item.expiresAt) }))
    .filter((entry): entry is { item: T; at: number } => entry.at !== undefined && entry.at > from && entry.at <= until)
    .sort((a, b) => a.at - b.at);
  const groups = new Map<string, T[]>();
  for (const { item } of soon) {
    const owner = item.owner?.trim() || NO_OWNER;
    groups.set(owner, [...(groups.get(owner) ?? []), item]);
  }
  return [...groups.entries()]
    .map(([owner, grouped]) => ({ owner, items: grouped }))
    .sort((a, b) => (a.owner === NO_OWNER ? 1 : b.owner === NO_OWNER ? -1 : a.owner.localeCompare(b.owner)));
}

/** "in 3 days", "within a day", "3 days ago". */
export function daysFromNow(iso: string, now: Date): string {
  const ms = Date.parse(iso) - now.getTime();
  const days = Math.ceil(Math.abs(ms) / DAY_MS);
  if (ms >= 0) return days <= 1 ? 'within a day' : `in ${days} days`;
  return days <= 1 ? 'today' : `${days} days ago`;
}
