import type { StoredContent } from '../model';
import { stampContentChange } from './approved-cache';
import { readStore, writeStore } from './run';

export type ContentStatus = StoredContent['status'];

export function listContent(): Promise<StoredContent[]> {
  return readStore((db) => db.getAll('content'));
}

export function getContent(id: string): Promise<StoredContent | undefined> {
  return readStore((db) => db.get('content', id));
}

export function listContentByStatus(status: ContentStatus): Promise<StoredContent[]> {
  return readStore((db) => db.getAllFromIndex('content', 'by-status', status));
}

/** Adds or replaces the item with this id. */
export function putContent(item: StoredContent): Promise<void> {
  return writeStore(['content'], async (db) => {
    const tx = db.transaction(['content', 'meta'], 'readwrite');
    void tx.objectStore('content').put(item);
    stampContentChange(tx.objectStore('meta'));
    await tx.done;
  });
}

export function deleteContent(id: string): Promise<void> {
  return writeStore(['content'], async (db) => {
    const tx = db.transaction(['content', 'meta'], 'readwrite');
    void tx.objectStore('content').delete(id);
    stampContentChange(tx.objectStore('meta'));
    await tx.done;
  });
}
