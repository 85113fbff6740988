import { STORE_NAMES, type StoreName } from './schema';

/**
 * Tells every context that uses the store (popup, options, the import worker, the background)
 * which stores just changed. The panel uses no store: the background relays these to it
 * (lib/background/changes.ts).
 */

export const CHANGE_CHANNEL = 'warmline-db';

type ChangeMessage = { type: 'warmline-db-change'; stores: StoreName[] };
/** `here`: written by this context; `elsewhere`: heard from another one. */
export type ChangeSource = 'here' | 'elsewhere';
type Listener = (stores: StoreName[], source: ChangeSource) => void;

const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;

function deliver(stores: StoreName[], source: ChangeSource): void {
  // A snapshot: a listener that subscribes another during delivery must not be called now.
  for (const listener of Array.from(listeners)) {
    try {
      listener(stores, source);
    } catch (e) {
      // One broken view must not stop the others hearing about the change.
      console.error('Warmline change listener failed', e);
    }
  }
}

export function isStoreName(name: unknown): name is StoreName {
  return STORE_NAMES.some((store) => store === name);
}

function storesIn(data: unknown): StoreName[] | undefined {
  if (typeof data !== 'object' || data === null || !('type' in data) || data.type !== 'warmline-db-change') return undefined;
  if (!('stores' in data) || !Array.isArray(data.stores)) return undefined;
  return data.stores.filter(isStoreName);
}

/** The context's one channel, or undefined where BroadcastChannel does not exist. */
function sharedChannel(): BroadcastChannel | undefined {
  if (channel) return channel;
  if (typeof BroadcastChannel === 'undefined') return undefined;
  channel = new BroadcastChannel(CHANGE_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const stores = storesIn(event.data);
    if (stores && stores.length > 0) deliver(stores, 'elsewhere');
  };
  // Node keeps the process alive for an open channel; browsers have no unref.
  (channel as { unref?: () => void }).unref?.();
  return channel;
}

/** Announce a committed change to this context's listeners and every other context. */
export function notifyChange(stores: StoreName[]): void {
  if (stores.length === 0) return;
  const message: ChangeMessage = { type: 'warmline-db-change', stores: [...stores] };
  try {
    sharedChannel()?.postMessage(message);
  } catch {
    // The channel was closed (context shutting down); local listeners still hear it.
  }
  // A BroadcastChannel does not echo to its sender, so tell this context directly.
  deliver(message.stores, 'here');
}

/** Listen for changes made here or in any other context. Returns the unsubscribe function. */
export function onStoreChange(listener: Listener): () => void {
  listeners.add(listener);
  sharedChannel();
  return () => {
    listeners.delete(listener);
  };
}

/** Tests: drop listeners and close the channel. */
export function closeChangeChannel(): void {
  listeners.clear();
  channel?.close();
  channel = undefined;
}
