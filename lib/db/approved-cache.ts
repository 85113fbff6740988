/**
 * The approved library as one record. Reading 5,000 items through the status index costs
 * IndexedDB a lookup per record (over 100 ms in Chromium); one record holding them all costs a
 * single read. Every content write stamps the meta store in the same transaction, so a copy whose
 * stamp differs is stale and is rebuilt on the next read.
 */
import type { StoredContent } from '../model';
import { readStore } from './run';

export const CONTENT_STAMP_KEY = 'content.stamp';
export const APPROVED_CACHE_KEY = 'content.approved';

type ApprovedCache = { stamp: string; items: StoredContent[] };

function newStamp(): string {
  return `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Call with the meta store of any readwrite transaction that changes content. */
export function stampContentChange(meta: { put(value: unknown, key: string): unknown }): void {
  void meta.put(newStamp(), CONTENT_STAMP_KEY);
}

function isCache(value: unknown): value is ApprovedCache {
  return typeof value === 'object' && value !== null && 'stamp' in value && Array.isArray((value as ApprovedCache).items);
}

/**
 * The last copy this context read. A long-lived context (the service worker) then pays for the
 * stamp alone, and keeps handing out the same objects, so ranking's per-item caches stay warm.
 */
let remembered: ApprovedCache | null = null;

/** Approved items (any dates): from the single-record copy when it is current, else rebuilt. */
export function listApprovedContent(): Promise<StoredContent[]> {
  return readStore(async (db) => {
    const read = db.transaction('meta');
    const stamp = await read.store.get(CONTENT_STAMP_KEY);
    if (typeof stamp === 'string' && remembered?.stamp === stamp) return remembered.items;
    const cache = await read.store.get(APPROVED_CACHE_KEY);
    if (typeof stamp === 'string' && isCache(cache) && cache.stamp === stamp) {
      remembered = cache;
      return cache.items;
    }

    // Rebuild in one transaction so the copy matches the stamp it is saved under.
    const tx = db.transaction(['content', 'meta'], 'readwrite');
    const meta = tx.objectStore('meta');
    const stored = await meta.get(CONTENT_STAMP_KEY);
    const current = typeof stored === 'string' ? stored : newStamp();
    if (current !== stored) void meta.put(current, CONTENT_STAMP_KEY);
    const items = await tx.objectStore('content').index('by-status').getAll('approved');
    const rebuilt: ApprovedCache = { stamp: current, items };
    void meta.put(rebuilt, APPROVED_CACHE_KEY);
    await tx.done;
    remembered = rebuilt;
    return items;
  });
}
