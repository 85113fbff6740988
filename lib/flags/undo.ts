/** Delete with undo: the deleted record is kept so Undo puts back exactly what was there. */
import { getRelationship } from '../db';
import type { StoredRelationship } from '../model';
import { removeFlag, restoreFlag as putBack } from '../sync/local-writes';

/** How long an Undo offer stays up (a deleted flag here, a library row's action on the options page). */
export const UNDO_MS = 8000;

/** Deletes the flag and returns it as it was stored, or undefined if it was already gone. */
export async function deleteFlag(id: string): Promise<StoredRelationship | undefined> {
  const before = await getRelationship(id);
  if (!before) return undefined;
  await removeFlag(before);
  return before;
}

/** Puts the deleted record back with its own id, dates and origin (a team flag goes out again). */
export function restoreFlag(deleted: StoredRelationship): Promise<StoredRelationship> {
  return putBack(deleted);
}
