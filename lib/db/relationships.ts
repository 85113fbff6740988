import type { LookupKeys, RecordMeta, Relationship, StoredRelationship } from '../model';
import { relationshipKeys } from '../identity/keys';
import { readStore, writeStore } from './run';

/** The stored form: the relationship, its bookkeeping and its lookup keys. */
export function toStoredRelationship(rel: Relationship, meta: RecordMeta): StoredRelationship {
  return { ...rel, meta, keys: relationshipKeys(rel) };
}

/** Adds or replaces the relationship with this id; its lookup keys are derived here. */
export function putRelationship(rel: Relationship, meta: RecordMeta): Promise<StoredRelationship> {
  const stored = toStoredRelationship(rel, meta);
  return writeStore(['relationships'], async (db) => {
    await db.put('relationships', stored);
    return stored;
  });
}

export function getRelationship(id: string): Promise<StoredRelationship | undefined> {
  return readStore((db) => db.get('relationships', id));
}

export function deleteRelationship(id: string): Promise<void> {
  return writeStore(['relationships'], (db) => db.delete('relationships', id));
}

export function listRelationships(): Promise<StoredRelationship[]> {
  return readStore((db) => db.getAll('relationships'));
}

/** Origin kinds sort as file < local < subscription < team: everything below `team` is not the team's. */
export const NOT_TEAM = IDBKeyRange.upperBound('team', true);

/**
 * The relationships that did not come from a team server (this browser's, a file's, a
 * subscription's), read through the origin index: a view of them need not read the team's 100,000.
 */
export function listRelationshipsNotFromTeam(): Promise<StoredRelationship[]> {
  return readStore((db) => db.getAllFromIndex('relationships', 'by-origin-kind', NOT_TEAM));
}

/** Counting walks every record (Chromium's IndexedDB has no stored count): over 200 ms at 100,000. */
export function countRelationships(): Promise<number> {
  return readStore((db) => db.count('relationships'));
}

/** Whether any relationship is stored: one step of a key cursor, whatever the store's size. */
export function hasRelationships(): Promise<boolean> {
  return readStore(async (db) => (await db.transaction('relationships').store.openKeyCursor()) !== null);
}

const INDEX_FOR = {
  personSlug: 'by-person-slug',
  personNameKey: 'by-person-name',
  companyKey: 'by-company',
  companySlug: 'by-company-slug',
} as const;

/**
 * Every relationship stored under any of the given keys: one indexed read per key, all in one
 * read transaction, each relationship once (first hit wins, in the order slug, name, company,
 * company slug). Which kind of match each is, is for the caller to decide.
 */
export function relationshipsByKeys(q: LookupKeys): Promise<StoredRelationship[]> {
  const lookups = (Object.keys(INDEX_FOR) as Array<keyof LookupKeys>)
    .map((field) => ({ index: INDEX_FOR[field], key: q[field] }))
    .filter((l): l is { index: (typeof INDEX_FOR)[keyof LookupKeys]; key: string } => !!l.key);
  if (lookups.length === 0) return Promise.resolve([]);
  return readStore(async (db) => {
    const tx = db.transaction('relationships', 'readonly');
    const [results] = await Promise.all([
      Promise.all(lookups.map(({ index, key }) => tx.store.index(index).getAll(key))),
      tx.done,
    ]);
    const byId = new Map<string, StoredRelationship>();
    for (const rel of results.flat()) if (!byId.has(rel.id)) byId.set(rel.id, rel);
    return [...byId.values()];
  });
}
