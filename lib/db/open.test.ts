import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getContent, putContent } from './content';
import { StoreError } from './errors';
import { createDatabaseAtVersion, DB_VERSION } from './migrations';
import { closeWarmlineDb, openWarmlineDb, openWarmlineDbAt } from './open';
import { storedContent } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';

describe('openWarmlineDb', () => {
  beforeEach(useFreshDatabase);
  afterEach(async () => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    await closeWarmlineDb();
  });

  it('opens once per context', async () => {
    const first = await openWarmlineDb();
    expect(await openWarmlineDb()).toBe(first);
    expect(first.name).toBe('warmline');
    expect(first.version).toBe(DB_VERSION);
  });

  it('asks for persistent storage once, and copes without it', async () => {
    await useFreshDatabase();
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    await openWarmlineDb();
    await closeWarmlineDb();
    await openWarmlineDb();
    expect(persist).toHaveBeenCalledTimes(1);

    await useFreshDatabase();
    vi.stubGlobal('navigator', { storage: {} });
    await expect(openWarmlineDb()).resolves.toBeDefined();
  });

  it('reports blocked when another tab holds an older version open', async () => {
    const otherTab = await createDatabaseAtVersion(DB_VERSION); // no versionchange handler: never yields
    const attempt = openWarmlineDbAt(DB_VERSION + 1);
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    await expect(attempt).rejects.toMatchObject({
      kind: 'blocked',
      userMessage: 'Close the other Warmline tabs or windows, then try again.',
    });

    // Once the other tab closes, the abandoned open completes and is closed again, so it blocks nobody.
    otherTab.close();
    const later = await openWarmlineDbAt(DB_VERSION + 2);
    expect(later.version).toBe(DB_VERSION + 2);
    later.close();
  });

  it('steps aside for a newer version, then reports the version mismatch', async () => {
    const ours = await openWarmlineDb();
    const newer = await openWarmlineDbAt(DB_VERSION + 1); // not blocked: ours closed itself
    expect(newer.version).toBe(DB_VERSION + 1);

    expect(() => ours.transaction('content')).toThrow(); // closed
    // The cache was dropped: the next use reopens, and this older code cannot open the newer data.
    await expect(openWarmlineDb()).rejects.toMatchObject({ name: 'StoreError', kind: 'version' });
    await expect(putContent(storedContent())).rejects.toMatchObject({
      kind: 'version',
      userMessage: expect.stringContaining('newer version of Warmline'),
    });
    newer.close();
  });

  it('reopens after the browser terminates the connection', async () => {
    await putContent(storedContent({ id: 'kept' }));
    const first = await openWarmlineDb();
    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    const second = await openWarmlineDb();
    expect(second).not.toBe(first);
    expect((await getContent('kept'))?.id).toBe('kept');
  });

  it('turns a quota failure on write into a quota StoreError and stores nothing', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(putContent(storedContent({ id: 'big' }))).rejects.toMatchObject({
      name: 'StoreError',
      kind: 'quota',
      userMessage:
        'Warmline has run out of storage space; nothing was saved. Free disk space or delete old data, then try again.',
    });
    vi.restoreAllMocks();
    expect(await getContent('big')).toBeUndefined();
  });
});
