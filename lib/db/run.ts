import type { IDBPDatabase } from 'idb';
import { notifyChange } from './changes';
import { toStoreError } from './errors';
import { dropCachedConnection, openWarmlineDb } from './open';
import type { StoreName, WarmlineDB } from './schema';

type Db = IDBPDatabase<WarmlineDB>;

function fail(e: unknown): never {
  const error = toStoreError(e);
  // A dead connection stays dead: let the next call open a fresh one.
  if (error.kind === 'terminated') dropCachedConnection();
  throw error;
}

/** Runs a read; any failure becomes a StoreError. */
export async function readStore<T>(work: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await work(await openWarmlineDb());
  } catch (e) {
    return fail(e);
  }
}

/**
 * Runs a write whose transaction has completed when `work` resolves, then announces it.
 * Any failure becomes a StoreError and nothing is announced.
 */
export async function writeStore<T>(stores: StoreName[], work: (db: Db) => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await work(await openWarmlineDb());
  } catch (e) {
    return fail(e);
  }
  notifyChange(stores);
  return result;
}

/** A write that finds out which stores it changed as it runs: it returns them, and they are announced. */
export async function writeStoreReporting<T extends { stores: readonly StoreName[] }>(work: (db: Db) => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await work(await openWarmlineDb());
  } catch (e) {
    return fail(e);
  }
  notifyChange([...result.stores]);
  return result;
}
