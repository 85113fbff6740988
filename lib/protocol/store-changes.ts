/**
 * A page that writes to the store (the popup, the options page) tells the background what it
 * wrote: the background then forgets what went stale and tells the panels, which cannot hear the
 * store themselves. The message also wakes the background if it was asleep (a BroadcastChannel
 * post would not).
 */
import { onStoreChange, type StoreName } from '../db';
import { send } from './send';

export function reportStoreChanges(stores: readonly StoreName[]): void {
  send('stores:changed', { stores: [...stores] }).catch(() => undefined);
}

/** Reports every write made in this page, from now on. */
export function reportWritesFromThisPage(): () => void {
  return onStoreChange((stores, source) => source === 'here' && reportStoreChanges(stores));
}
