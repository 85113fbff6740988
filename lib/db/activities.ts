import type { Activity } from '../model';
import { readStore, writeStore } from './run';

/** Records what a rep did. Putting by id makes a retried write harmless. */
export function addActivity(a: Activity): Promise<void> {
  return writeStore(['activities'], async (db) => {
    await db.put('activities', a);
  });
}

/**
 * Activities oldest first; with `since`, only those at or after it. Times compare as strings,
 * so `since` must be in the same form activities are written in (toISOString, UTC "Z").
 */
export function listActivities(opts: { since?: string } = {}): Promise<Activity[]> {
  const range = opts.since === undefined ? undefined : IDBKeyRange.lowerBound(opts.since);
  return readStore((db) => db.getAllFromIndex('activities', 'by-at', range));
}

export function activitiesForContent(contentId: string): Promise<Activity[]> {
  return readStore((db) => db.getAllFromIndex('activities', 'by-content', contentId));
}
