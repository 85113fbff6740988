/**
 * One browser.storage key, typed: every read goes through `read`, which turns whatever is stored
 * (missing, corrupt, from an older version) into a valid value. No zod here: the content script
 * uses items too and must stay small; an item whose check needs a schema passes it in `read`.
 */
import { browser } from 'wxt/browser';
import type { StorageKey } from './keys';

export type StorageItem<T> = {
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls `listener` with the new value whenever it changes, in any context. Returns the unsubscribe. */
  watch(listener: (value: T) => void): () => void;
};

export function storageItem<T>({ area, key }: StorageKey, read: (raw: unknown) => T): StorageItem<T> {
  const store = () => browser.storage[area];
  return {
    async get() {
      return read((await store().get(key))[key]);
    },
    set: (value) => store().set({ [key]: value }),
    remove: () => store().remove(key),
    watch(listener) {
      const handler = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
        const change = changes[key];
        if (changed === area && change) listener(read(change.newValue));
      };
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
  };
}
