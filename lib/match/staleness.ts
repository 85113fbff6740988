/**
 * Fresh relationships (issue 13): a flag counts from when its creator last confirmed it, or, with
 * no such date (an older flag, a version 1 pack), from when it was last updated. Not confirmed for
 * 12 months, it "may be stale": reps see it said, and it ranks below fresh ones.
 */
import type { Relationship } from '../model';

export const STALE_AFTER_MONTHS = 12;

/** When the flag was last known to hold: confirmed, else updated. */
export function confirmedOn(rel: Pick<Relationship, 'confirmedAt' | 'updatedAt'>): string {
  return rel.confirmedAt ?? rel.updatedAt;
}

/** The moment before which a confirmation is stale: 12 calendar months before `now`. */
export function staleBefore(now: Date): number {
  const limit = new Date(now.getTime());
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return limit.getTime();
}

/** Not confirmed for 12 months; a date that does not read is stale too (nothing vouches for it). */
export function isStale(rel: Pick<Relationship, 'confirmedAt' | 'updatedAt'>, now: Date = new Date()): boolean {
  const at = Date.parse(confirmedOn(rel));
  return Number.isNaN(at) || at < staleBefore(now);
}
