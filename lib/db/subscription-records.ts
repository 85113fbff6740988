/**
 * The records one subscribed pack brought (origin `subscription`, by its URL; the
 * `by-subscription` index): counted when the user unsubscribes, and removed if they choose.
 */
import { stampContentChange } from './approved-cache';
import { readStore, writeStore } from './run';

export type RecordCounts = { content: number; relationships: number };

const STORES = ['content', 'relationships'] as const;

export function countSubscriptionRecords(url: string): Promise<RecordCounts> {
  return readStore(async (db) => {
    const tx = db.transaction([...STORES], 'readonly');
    const [content, relationships] = await Promise.all([
      tx.objectStore('content').index('by-subscription').count(url),
      tx.objectStore('relationships').index('by-subscription').count(url),
      tx.done,
    ]);
    return { content, relationships };
  });
}

/**
 * Removes, in one transaction, every record that pack brought except those edited here (they are
 * the user's work now). Returns how many went.
 */
export function removeSubscriptionRecords(url: string): Promise<number> {
  return writeStore([...STORES], async (db) => {
    const tx = db.transaction(['content', 'relationships', 'meta'], 'readwrite');
    let removed = 0;
    let contentRemoved = 0;
    for (const name of STORES) {
      let cursor = await tx.objectStore(name).index('by-subscription').openCursor(url);
      while (cursor) {
        if (!cursor.value.meta.locallyEditedAt) {
          await cursor.delete();
          removed++;
          if (name === 'content') contentRemoved++;
        }
        cursor = await cursor.continue();
      }
    }
    if (contentRemoved) stampContentChange(tx.objectStore('meta'));
    await tx.done;
    return removed;
  });
}
