import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Relationship, StoredContent } from '../model';
import { applyImport, deleteAllData } from './bulk';
import { addActivity, listActivities } from './activities';
import { getContent, listContent, putContent } from './content';
import { StoreError } from './errors';
import { addFeedback, listFeedback } from './feedback';
import { countRelationships, getRelationship, listRelationships, putRelationship, relationshipsByKeys } from './relationships';
import { getSettings, saveSettings } from './settings';
import { listSubscriptions, putSubscription } from './subscriptions';
import { FROM_PACK, LOCAL, activity, storedContent, feedback, relationship, subscription, ACME_ROBOTICS } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';

/** Data stored before each import; a failed import must leave exactly this. */
async function seed(): Promise<void> {
  await putContent(storedContent({ id: 'old-content' }));
  await putRelationship(relationship({ company: ACME_ROBOTICS, id: 'old-rel' }), LOCAL);
}

async function expectOnlySeed(): Promise<void> {
  expect((await listContent()).map((c) => c.id)).toEqual(['old-content']);
  expect((await listRelationships()).map((r) => r.id)).toEqual(['old-rel']);
}

const BULK = 20_000;

describe('applyImport', () => {
  beforeEach(async () => {
    await useFreshDatabase();
    await seed();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes content and relationships (with keys and meta) and applies deletes, in one transaction', async () => {
    const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await applyImport({
      content: [storedContent({ id: 'new-content', meta: FROM_PACK })],
      relationships: [{ rel: relationship({ company: ACME_ROBOTICS, id: 'new-rel', person: { name: 'Li Wei' } }), meta: FROM_PACK }],
      deleteContentIds: ['old-content'],
      deleteRelationshipIds: ['old-rel'],
    });
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(transactions).toHaveBeenCalledWith(['content', 'relationships', 'meta'], 'readwrite');
    transactions.mockRestore();
    expect((await listContent()).map((c) => c.id)).toEqual(['new-content']);
    const rel = await getRelationship('new-rel');
    expect(rel?.meta).toEqual(FROM_PACK);
    expect(rel?.keys.personNameKey).toBe('li wei');
    expect(await getRelationship('old-rel')).toBeUndefined();
    expect((await relationshipsByKeys({ personNameKey: 'li wei' })).map((r) => r.id)).toEqual(['new-rel']);
  });

  it('writes nothing when a content record has no key', async () => {
    const keyless = { ...storedContent(), id: undefined } as unknown as StoredContent;
    const attempt = applyImport({
      content: [storedContent({ id: 'first' }), keyless],
      relationships: [{ rel: relationship({ company: ACME_ROBOTICS, id: 'new-rel' }), meta: FROM_PACK }],
      deleteContentIds: ['old-content'],
    });
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    await expectOnlySeed();
  });

  it('writes nothing when a relationship late in the batch cannot be stored', async () => {
    const relationships = Array.from({ length: 50 }, (_, i) => ({
      rel: relationship({ company: ACME_ROBOTICS, id: `r${i}` }),
      meta: FROM_PACK,
    }));
    const uncloneable = relationship({ company: ACME_ROBOTICS, id: 'r-bad', notes: (() => 'x') as unknown as string });
    relationships.push({ rel: uncloneable, meta: FROM_PACK });
    const attempt = applyImport({
      content: [storedContent({ id: 'new-content' })],
      relationships,
      deleteRelationshipIds: ['old-rel'],
    });
    await expect(attempt).rejects.toMatchObject({ name: 'StoreError', kind: 'unknown' });
    await expectOnlySeed();
  });

  it('writes nothing when a request fails after it was issued', async () => {
    // An add() onto an existing key fails asynchronously (ConstraintError), as a disk error would.
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      puts += 1;
      if (puts === 3) return this.add({ ...(args[0] as object), id: 'old-rel' });
      return realPut.apply(this, args);
    });
    const attempt = applyImport({
      content: [storedContent({ id: 'new-content' })],
      relationships: [1, 2, 3].map((i) => ({ rel: relationship({ company: ACME_ROBOTICS, id: `r${i}` }), meta: FROM_PACK })),
    });
    const error = await attempt.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).cause).toMatchObject({ name: 'ConstraintError' });
    vi.restoreAllMocks();
    await expectOnlySeed();
  });

  it('writes nothing and reports quota when the disk fills mid-batch', async () => {
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      puts += 1;
      if (puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const attempt = applyImport({
      content: [storedContent({ id: 'new-content' })],
      relationships: [1, 2, 3].map((i) => ({ rel: relationship({ company: ACME_ROBOTICS, id: `r${i}` }), meta: FROM_PACK })),
    });
    await expect(attempt).rejects.toMatchObject({
      kind: 'quota',
      userMessage:
        'Warmline has run out of storage space; nothing was saved. Free disk space or delete old data, then try again.',
    });
    vi.restoreAllMocks();
    await expectOnlySeed();
  });

  // 20,000 keep the suite quick under fake-indexeddb; the 100,000-row import is timed by `npm run bench`.
  it('writes a large import in one go', { timeout: 30_000 }, async () => {
    const relationships: Array<{ rel: Relationship; meta: typeof FROM_PACK }> = [];
    for (let i = 0; i < BULK; i++) {
      relationships.push({
        rel: relationship({
          id: `bulk-${i}`,
          person: { name: `Person ${i}`, profileUrl: `https://www.linkedin.com/in/person-${i}/` },
          company: { name: `Company ${i % 500} Inc.` },
        }),
        meta: FROM_PACK,
      });
    }
    await applyImport({ content: [], relationships });
    expect(await countRelationships()).toBe(BULK + 1);
    expect((await relationshipsByKeys({ personSlug: 'person-19999' })).map((r) => r.id)).toEqual(['bulk-19999']);
    expect(await relationshipsByKeys({ companyKey: 'company 7' })).toHaveLength(BULK / 500);
  });
});

describe('deleteAllData', () => {
  beforeEach(useFreshDatabase);

  it('empties every store but keeps settings', async () => {
    await seed();
    await addActivity(activity());
    await addFeedback(feedback());
    await putSubscription(subscription());
    await saveSettings({ name: 'Sam' });

    await deleteAllData();

    expect(await listContent()).toEqual([]);
    expect(await listRelationships()).toEqual([]);
    expect(await listActivities()).toEqual([]);
    expect(await listFeedback()).toEqual([]);
    expect(await listSubscriptions()).toEqual([]);
    expect(await getContent('old-content')).toBeUndefined();
    expect((await getSettings()).name).toBe('Sam');
  });
});
