import type { Activity, Feedback } from '../model';
import { readStore, writeStore } from './run';

/** Records a rep's verdict on an item. Putting by id makes a retried write harmless. */
export function addFeedback(f: Feedback): Promise<void> {
  return writeStore(['feedback'], async (db) => {
    await db.put('feedback', f);
  });
}

/** A verdict and the activity that stands for it, in one transaction: both or neither. */
export function addFeedbackWithActivity(f: Feedback, activity: Activity): Promise<void> {
  return writeStore(['feedback', 'activities'], async (db) => {
    const tx = db.transaction(['feedback', 'activities'], 'readwrite');
    void tx.objectStore('feedback').put(f);
    void tx.objectStore('activities').put(activity);
    await tx.done;
  });
}

/**
 * Takes a verdict back (its undo): the feedback record and the activity that points at it go in
 * one transaction, if `mayRemove` agrees. The activity was written at the verdict's own time, so
 * it is found by that.
 */
export function removeFeedback(id: string, mayRemove: (found: Feedback) => boolean = () => true): Promise<'removed' | 'missing' | 'kept'> {
  return writeStore(['feedback', 'activities'], async (db) => {
    const tx = db.transaction(['feedback', 'activities'], 'readwrite');
    const found = await tx.objectStore('feedback').get(id);
    const remove = found !== undefined && mayRemove(found);
    if (found && remove) {
      const activities = tx.objectStore('activities');
      for (const activity of await activities.index('by-at').getAll(found.at)) {
        if (activity.feedbackId === id) void activities.delete(activity.id);
      }
      void tx.objectStore('feedback').delete(id);
    }
    await tx.done;
    return remove ? 'removed' : found ? 'kept' : 'missing';
  });
}

/** Feedback oldest first; with `since`, only verdicts at or after it (ISO strings compare as times). */
export function listFeedback(opts: { since?: string } = {}): Promise<Feedback[]> {
  const range = opts.since === undefined ? undefined : IDBKeyRange.lowerBound(opts.since);
  return readStore((db) => db.getAllFromIndex('feedback', 'by-at', range));
}

export function feedbackForContent(contentId: string): Promise<Feedback[]> {
  return readStore((db) => db.getAllFromIndex('feedback', 'by-content', contentId));
}
