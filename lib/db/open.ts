import { openDB, type IDBPDatabase } from 'idb';
import { StoreError, toStoreError } from './errors';
import { DB_VERSION, upgradeWarmlineDb } from './migrations';
import { DB_NAME, type WarmlineDB } from './schema';

export { StoreError, toStoreError, type StoreErrorKind } from './errors';

type Db = IDBPDatabase<WarmlineDB>;

/** One connection per context (page or worker), shared by every repository. */
let cached: Promise<Db> | undefined;
let persistenceRequested = false;

/** Ask once per context that the browser not evict our data under storage pressure. */
function requestPersistentStorage(): void {
  if (persistenceRequested) return;
  persistenceRequested = true;
  try {
    const storage = (globalThis as { navigator?: { storage?: Partial<StorageManager> } }).navigator?.storage;
    void storage?.persist?.().catch(() => undefined);
  } catch {
    // Not available here (tests, some workers): data is still stored, just evictable.
  }
}

/**
 * Opens the database at `version`. Exported for tests (a higher version plays "another tab
 * running a newer Warmline"); app code calls openWarmlineDb.
 * `onGone` runs when this connection is closed for another tab's upgrade or by the browser.
 */
export function openWarmlineDbAt(version: number, onGone?: () => void): Promise<Db> {
  requestPersistentStorage();
  return new Promise<Db>((resolve, reject) => {
    let wasBlocked = false;
    openDB<WarmlineDB>(DB_NAME, version, {
      upgrade: upgradeWarmlineDb,
      blocked() {
        // Another tab holds an older version open and will not close it. Say so now rather than
        // hang; the pending open is closed below if it ever completes.
        wasBlocked = true;
        reject(new StoreError('blocked'));
      },
      blocking(_current, _blocked, event) {
        // A newer version waits for us: step aside so it can upgrade. Our next call reopens.
        (event.target as IDBDatabase).close();
        onGone?.();
      },
      terminated() {
        onGone?.();
      },
    }).then(
      (db) => {
        if (wasBlocked) {
          db.close();
          return;
        }
        resolve(db);
      },
      (e: unknown) => reject(toStoreError(e)),
    );
  });
}

/** The shared connection for this context, opened (and upgraded) on first use. */
export function openWarmlineDb(): Promise<Db> {
  if (cached) return cached;
  const opening: Promise<Db> = openWarmlineDbAt(DB_VERSION, () => {
    if (cached === opening) cached = undefined;
  }).catch((e: unknown) => {
    if (cached === opening) cached = undefined;
    throw e;
  });
  cached = opening;
  return opening;
}

/** Forget a connection that turned out to be dead, so the next call reopens. */
export function dropCachedConnection(): void {
  cached = undefined;
}

/** Closes the shared connection (tests, or before deleting the database). */
export async function closeWarmlineDb(): Promise<void> {
  const current = cached;
  cached = undefined;
  if (!current) return;
  try {
    (await current).close();
  } catch {
    // It never opened: nothing to close.
  }
}

/** Tests: close the connection and forget that persistence was requested. */
export async function resetForTests(): Promise<void> {
  await closeWarmlineDb();
  persistenceRequested = false;
}
