/**
 * The store on fake-indexeddb, for unit tests in Node (tests/support/unit-setup.ts installs it;
 * BroadcastChannel is Node's own). Each test starts from an empty database, with no cached
 * connection and no change listeners left from the test before.
 */
import { IDBFactory } from 'fake-indexeddb';
import { closeChangeChannel } from '../../lib/db/changes';
import type { MetaEntry } from '../../lib/db/meta';
import { openWarmlineDb, resetForTests } from '../../lib/db/open';

export async function useFreshDatabase(): Promise<void> {
  await resetForTests();
  closeChangeChannel();
  globalThis.indexedDB = new IDBFactory();
}

/** Stores anything under a meta entry's key, bypassing its type: how a test plays a corrupt or older record. */
export async function putRawMeta(entry: MetaEntry<unknown>, value: unknown): Promise<void> {
  await (await openWarmlineDb()).put('meta', value, entry.key);
}
