import { openDB, unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { originFromVersion1 } from './origin-v1';
import { DB_NAME, type StoreName, type WarmlineDB } from './schema';

/** The schema version this code writes. Bump it and append a step below; never edit a shipped step. */
export const DB_VERSION = 3;

/**
 * Cumulative upgrade: each step takes a database made by the version before it.
 * Steps are also capped by the target version, so tests can build a database exactly as an
 * older release left it (see createDatabaseAtVersion).
 */
export function upgradeWarmlineDb(
  db: IDBPDatabase<WarmlineDB>,
  oldVersion: number,
  newVersion: number | null,
  tx: IDBPTransaction<WarmlineDB, StoreName[], 'versionchange'>,
): void {
  const target = newVersion ?? DB_VERSION;

  if (oldVersion < 1 && target >= 1) {
    const content = db.createObjectStore('content', { keyPath: 'id' });
    content.createIndex('by-status', 'status');
    content.createIndex('by-updated', 'updatedAt');

    const relationships = db.createObjectStore('relationships', { keyPath: 'id' });
    relationships.createIndex('by-person-slug', 'keys.personSlug');
    relationships.createIndex('by-person-name', 'keys.personNameKey');
    relationships.createIndex('by-company', 'keys.companyKey');
    relationships.createIndex('by-company-slug', 'keys.companySlug');
    relationships.createIndex('by-known-by', 'knownBy.name');

    const activities = db.createObjectStore('activities', { keyPath: 'id' });
    activities.createIndex('by-at', 'at');
    activities.createIndex('by-content', 'contentId');

    const feedback = db.createObjectStore('feedback', { keyPath: 'id' });
    feedback.createIndex('by-at', 'at');
    feedback.createIndex('by-content', 'contentId');

    db.createObjectStore('subscriptions', { keyPath: 'url' });
    db.createObjectStore('meta');
  }

  // Version 2 (issue 15): every record's origin in the shape lib/model/origin.ts gives it (local,
  // a file's publisher, one subscription URL, the team), and indexes to find a pack's records.
  if (oldVersion < 2 && target >= 2) {
    for (const name of ['content', 'relationships'] as const) {
      const store = tx.objectStore(name);
      store.createIndex('by-origin-kind', 'meta.origin.kind');
      store.createIndex('by-subscription', 'meta.origin.url');
      rewriteOrigins(unwrap(store));
    }
  }

  // Version 3 (issue 12): Warmline Team. The outbox of changes waiting to go to the server (by
  // the record each changes), the conflicts waiting for the user, and intro requests.
  if (oldVersion < 3 && target >= 3) {
    const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
    outbox.createIndex('by-key', 'key');
    db.createObjectStore('conflicts', { keyPath: 'key' });
    const intros = db.createObjectStore('intros', { keyPath: 'id' });
    intros.createIndex('by-relationship', 'relationshipId');
  }

  // Next: if (oldVersion < 4 && target >= 4) { ... } — with a test that opens a database made by
  // createDatabaseAtVersion(3), seeds it, and checks the data after the upgrade.
}

/** Walks a store once inside the upgrade, giving each version 1 origin its version 2 shape. */
function rewriteOrigins(store: IDBObjectStore): void {
  const walk = store.openCursor();
  walk.onsuccess = () => {
    const cursor = walk.result;
    if (!cursor) return;
    const record = cursor.value as { meta?: { origin?: unknown } };
    const origin = record.meta ? originFromVersion1(record.meta.origin) : undefined;
    if (origin && record.meta) cursor.update({ ...record, meta: { ...record.meta, origin } });
    cursor.continue();
  };
}

/**
 * For migration tests: create (or upgrade to) the database exactly as the release with schema
 * `version` would have left it. Close the returned connection before opening at a newer version.
 */
export function createDatabaseAtVersion(version: number): Promise<IDBPDatabase<WarmlineDB>> {
  return openDB<WarmlineDB>(DB_NAME, version, { upgrade: upgradeWarmlineDb });
}
