import { unwrap, type IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDatabaseAtVersion, DB_VERSION } from './migrations';
import { closeWarmlineDb, openWarmlineDb } from './open';
import type { WarmlineDB } from './schema';
import { storedContent } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';

type Shape = Record<string, { keyPath: string | null; indexes: Record<string, string> }>;

/** The schema each version must leave behind. Add an entry with each new version. */
const V1: Shape = {
  content: { keyPath: 'id', indexes: { 'by-status': 'status', 'by-updated': 'updatedAt' } },
  relationships: {
    keyPath: 'id',
    indexes: {
      'by-person-slug': 'keys.personSlug',
      'by-person-name': 'keys.personNameKey',
      'by-company': 'keys.companyKey',
      'by-company-slug': 'keys.companySlug',
      'by-known-by': 'knownBy.name',
    },
  },
  activities: { keyPath: 'id', indexes: { 'by-at': 'at', 'by-content': 'contentId' } },
  feedback: { keyPath: 'id', indexes: { 'by-at': 'at', 'by-content': 'contentId' } },
  subscriptions: { keyPath: 'url', indexes: {} },
  meta: { keyPath: null, indexes: {} },
};

/** Version 2: each record's origin (issue 15), findable by kind and by subscription. */
const BY_ORIGIN = { 'by-origin-kind': 'meta.origin.kind', 'by-subscription': 'meta.origin.url' };
const V2: Shape = {
  ...V1,
  content: { keyPath: 'id', indexes: { ...V1.content!.indexes, ...BY_ORIGIN } },
  relationships: { keyPath: 'id', indexes: { ...V1.relationships!.indexes, ...BY_ORIGIN } },
};

/** Version 3: Warmline Team's outbox, conflicts and intro requests (issue 12). */
const V3: Shape = {
  ...V2,
  outbox: { keyPath: 'seq', indexes: { 'by-key': 'key' } },
  conflicts: { keyPath: 'key', indexes: {} },
  intros: { keyPath: 'id', indexes: { 'by-relationship': 'relationshipId' } },
};

const EXPECTED: Record<number, Shape> = { 1: V1, 2: V2, 3: V3 };

function shapeOf(db: IDBPDatabase<WarmlineDB>): Shape {
  const raw = unwrap(db);
  const names = [...raw.objectStoreNames];
  const tx = raw.transaction(names, 'readonly');
  const shape: Shape = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes: Record<string, string> = {};
    for (const indexName of store.indexNames) indexes[indexName] = String(store.index(indexName).keyPath);
    shape[name] = { keyPath: store.keyPath === null ? null : String(store.keyPath), indexes };
  }
  return shape;
}

describe('migrations', () => {
  beforeEach(useFreshDatabase);

  it('has an expected schema for every version up to DB_VERSION', () => {
    for (let v = 1; v <= DB_VERSION; v++) expect(EXPECTED[v], `EXPECTED[${v}]`).toBeDefined();
  });

  // Each migration runs on a database made by the version before it (version 0 = no database).
  for (let version = 1; version <= DB_VERSION; version++) {
    it(`upgrades a version ${version - 1} database to version ${version}`, async () => {
      if (version > 1) (await createDatabaseAtVersion(version - 1)).close();
      const db = await createDatabaseAtVersion(version);
      expect(db.version).toBe(version);
      expect(shapeOf(db)).toEqual(EXPECTED[version]);
      db.close();
    });
  }

  it('opens a database the previous release made, keeping its data', async () => {
    const older = await createDatabaseAtVersion(Math.max(1, DB_VERSION - 1));
    await older.put('content', storedContent({ id: 'kept' }));
    older.close();

    const db = await openWarmlineDb();
    expect(db.version).toBe(DB_VERSION);
    expect(shapeOf(db)).toEqual(EXPECTED[DB_VERSION]);
    expect((await db.get('content', 'kept'))?.title).toBe('Intro note');
    await closeWarmlineDb();
  });
});
