/** Which library items a rep may be offered at a given moment. */
import type { ContentItem } from '../model';

function timeOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? undefined : at;
}

/** Approved, and `validFrom <= now < expiresAt` (either bound may be absent). */
export function isAvailable(item: Pick<ContentItem, 'status' | 'validFrom' | 'expiresAt'>, now: Date): boolean {
  if (item.status !== 'approved') return false;
  return isInWindow(timeOf(item.validFrom), timeOf(item.expiresAt), now.getTime());
}

/** `from <= at < until`, an absent bound being open. */
export function isInWindow(from: number | undefined, until: number | undefined, at: number): boolean {
  return (from === undefined || from <= at) && (until === undefined || at < until);
}

/** Milliseconds of an ISO date, 0 when it does not parse: for ordering by recency. */
export function timeOrZero(iso: string | undefined): number {
  return timeOf(iso) ?? 0;
}

export { timeOf };
