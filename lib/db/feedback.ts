import type { Feedback } from '../model';
import { readStore, writeStore } from './run';

/** Records a rep's verdict on an item. Putting by id makes a retried write harmless. */
export function addFeedback(f: Feedback): Promise<void> {
  return writeStore(['feedback'], async (db) => {
    await db.put('feedback', f);
  });
}

/** All feedback, oldest first. */
export function listFeedback(): Promise<Feedback[]> {
  return readStore((db) => db.getAllFromIndex('feedback', 'by-at'));
}

export function feedbackForContent(contentId: string): Promise<Feedback[]> {
  return readStore((db) => db.getAllFromIndex('feedback', 'by-content', contentId));
}
