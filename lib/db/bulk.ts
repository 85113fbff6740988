import { unwrap } from 'idb';
import type { RecordMeta, Relationship, StoredContent } from '../model';
import { stampContentChange } from './approved-cache';
import { META, readMetaIn, writeMetaIn } from './meta';
import { toStoredRelationship } from './relationships';
import { writeStore } from './run';
import type { StoreName } from './schema';

/** The stores an import writes (and announces). */
export const IMPORT_STORES = ['content', 'relationships'] as const satisfies readonly StoreName[];

/** One import's writes: records to put (and ids to delete), all in one transaction. */
export type ImportWrite = {
  content: StoredContent[];
  relationships: Array<{ rel: Relationship; meta: RecordMeta }>;
  deleteContentIds?: string[];
  deleteRelationshipIds?: string[];
};

/**
 * Writes a whole import in one readwrite transaction: deletes first, then puts. All or nothing:
 * if any request fails the transaction aborts, nothing of the batch lands, and a StoreError is
 * thrown. Requests are issued without awaiting each one (raw, unwrapped stores, so 100,000 puts
 * do not make 100,000 promises) and only the transaction's completion is awaited.
 */
export function applyImport(write: ImportWrite): Promise<void> {
  // All derivation happens before the transaction opens: nothing inside it waits on anything else.
  const relationships = write.relationships.map(({ rel, meta }) => toStoredRelationship(rel, meta));
  return writeStore([...IMPORT_STORES], async (db) => {
    const tx = db.transaction(['content', 'relationships', 'meta'], 'readwrite');
    const done = completion(unwrap(tx));
    // idb's own `done` would reject on abort with nobody listening; ours reports instead.
    tx.done.catch(() => undefined);
    const content = unwrap(tx.objectStore('content'));
    const rels = unwrap(tx.objectStore('relationships'));
    const meta = unwrap(tx.objectStore('meta'));
    try {
      for (const id of write.deleteContentIds ?? []) content.delete(id);
      for (const id of write.deleteRelationshipIds ?? []) rels.delete(id);
      for (const item of write.content) content.put(item);
      for (const rel of relationships) rels.put(rel);
      if (write.content.length || write.deleteContentIds?.length) stampContentChange(meta);
    } catch (e) {
      // A put that throws (bad key, uncloneable value) does not abort by itself: abort, so the
      // requests already issued are rolled back too.
      abortQuietly(tx);
      await done.catch(() => undefined);
      throw e;
    }
    // A request that fails later aborts the transaction, and `done` rejects with the reason.
    await done;
  });
}

/**
 * Clears every store except meta (settings and a team session survive) in one transaction. A
 * team's pull starts again from nothing, so what the team shares comes back.
 */
export function deleteAllData(): Promise<void> {
  const stores: StoreName[] = ['content', 'relationships', 'activities', 'feedback', 'subscriptions', 'outbox', 'conflicts', 'intros'];
  return writeStore(stores, async (db) => {
    const tx = db.transaction([...stores, 'meta' as const], 'readwrite');
    const meta = tx.objectStore('meta');
    stampContentChange(meta);
    const sync = await readMetaIn(meta, META.teamSync);
    if (sync) writeMetaIn(meta, META.teamSync, { ...sync, cursor: null, gen: sync.gen + 1, resyncing: false });
    await Promise.all([...stores.map((name) => tx.objectStore(name).clear()), tx.done]);
  });
}

/**
 * Settles when the transaction commits or aborts. Unlike idb's `done`, which rejects on the first
 * request 'error' (before the browser records why), this waits for 'abort' and so rejects with
 * the transaction's own error: the failed request's, or QuotaExceededError when the commit ran
 * out of space.
 */
function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.addEventListener('complete', () => resolve(), { once: true });
    tx.addEventListener(
      'abort',
      () => reject(tx.error ?? new DOMException('The import was cancelled.', 'AbortError')),
      { once: true },
    );
  });
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}
