import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, type StoreName, type WarmlineDB } from './schema';

/** The schema version this code writes. Bump it and append a step below; never edit a shipped step. */
export const DB_VERSION = 1;

/**
 * Cumulative upgrade: each step takes a database made by the version before it.
 * Steps are also capped by the target version, so tests can build a database exactly as an
 * older release left it (see createDatabaseAtVersion).
 */
export function upgradeWarmlineDb(
  db: IDBPDatabase<WarmlineDB>,
  oldVersion: number,
  newVersion: number | null,
  _tx: IDBPTransaction<WarmlineDB, StoreName[], 'versionchange'>,
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

  // Next: if (oldVersion < 2 && target >= 2) { ... } — with a test that opens a database made by
  // createDatabaseAtVersion(1), seeds it, and checks the data after the upgrade.
}

/**
 * For migration tests: create (or upgrade to) the database exactly as the release with schema
 * `version` would have left it. Close the returned connection before opening at a newer version.
 */
export function createDatabaseAtVersion(version: number): Promise<IDBPDatabase<WarmlineDB>> {
  return openDB<WarmlineDB>(DB_NAME, version, { upgrade: upgradeWarmlineDb });
}
