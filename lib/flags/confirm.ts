/** "Still true": the creator confirms a flag, which makes it fresh again (lib/match/staleness.ts). */
import { isStale } from '../match/staleness';
import type { StoredRelationship } from '../model';
import { storeFlag } from '../sync/local-writes';
import { isMine } from './mine';

/** The user's own flags not confirmed for 12 months, the longest unconfirmed first. */
export function staleFlagsOf(all: readonly StoredRelationship[], userName: string, now = new Date()): StoredRelationship[] {
  return all
    .filter((rel) => isMine(rel, userName) && isStale(rel, now))
    .sort((a, b) => (a.confirmedAt ?? a.updatedAt).localeCompare(b.confirmedAt ?? b.updatedAt));
}

/** Confirmed now: stored (and, for a team flag, sent) as an edit of the flag. */
export function confirmFlag(existing: StoredRelationship, now = new Date()): Promise<StoredRelationship> {
  const { meta, keys: _keys, ...rel } = existing;
  const at = now.toISOString();
  return storeFlag({ ...rel, confirmedAt: at, updatedAt: at }, meta, { existing });
}
