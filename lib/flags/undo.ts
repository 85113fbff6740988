/** Delete with undo: the deleted record is kept so Undo puts back exactly what was there. */
import { deleteRelationship, getRelationship, putRelationship } from '../db';
import type { StoredRelationship } from '../model';

/** How long an Undo offer stays up (a deleted flag here, a library row's action on the options page). */
export const UNDO_MS = 8000;

/** Deletes the flag and returns it as it was stored, or undefined if it was already gone. */
export async function deleteFlag(id: string): Promise<StoredRelationship | undefined> {
  const before = await getRelationship(id);
  if (!before) return undefined;
  await deleteRelationship(id);
  return before;
}

/** Puts the deleted record back with its own id, dates and origin. */
export async function restoreFlag(deleted: StoredRelationship): Promise<StoredRelationship> {
  const { meta, keys: _keys, ...relationship } = deleted;
  return putRelationship(relationship, meta);
}
