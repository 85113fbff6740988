/**
 * The approved library as one record. Reading 5,000 items through the status index costs
 * IndexedDB a lookup per record (over 100 ms in Chromium); one record holding them all costs a
 * single read. Every content write stamps the meta store in the same transaction, so a copy whose
 * stamp differs is stale and is rebuilt on the next read.
 */
import type { ApprovedCache, StoredContent } from '../model';
import { META, readMetaIn, writeMetaIn } from './meta';
import { readStore } from './run';

function newStamp(): string {
  return `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Call with the meta store of any readwrite transaction that changes content. */
export function stampContentChange(meta: Parameters<typeof writeMetaIn>[0]): void {
  writeMetaIn(meta, META.contentStamp, newStamp());
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
    const stamp = await readMetaIn(read.store, META.contentStamp);
    if (stamp !== undefined && remembered?.stamp === stamp) return remembered.items;
    const cache = await readMetaIn(read.store, META.approvedCache);
    if (stamp !== undefined && cache?.stamp === stamp) {
      remembered = cache;
      return cache.items;
    }

    // Rebuild in one transaction so the copy matches the stamp it is saved under.
    const tx = db.transaction(['content', 'meta'], 'readwrite');
    const meta = tx.objectStore('meta');
    const stored = await readMetaIn(meta, META.contentStamp);
    const current = stored ?? newStamp();
    if (current !== stored) writeMetaIn(meta, META.contentStamp, current);
    const items = await tx.objectStore('content').index('by-status').getAll('approved');
    const rebuilt: ApprovedCache = { stamp: current, items };
    writeMetaIn(meta, META.approvedCache, rebuilt);
    await tx.done;
    remembered = rebuilt;
    return items;
  });
}
