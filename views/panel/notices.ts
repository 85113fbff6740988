/**
 * The background's notices, for the whole panel: listening starts before the panel's first
 * question (early-hello.ts), so a notice that arrives while the answer travels is not missed.
 */
import { listenForNotices, type Notice } from '../../lib/protocol/notices';

type Listener = (notice: Notice) => void;

const listeners = new Set<Listener>();
let heard = 0;
let listening = false;

export function startNotices(): void {
  if (listening) return;
  listening = true;
  listenForNotices((notice) => {
    heard += 1;
    for (const listener of Array.from(listeners)) listener(notice);
  });
}

/** How many notices have come so far: a later count means something changed in between. */
export function noticesHeard(): number {
  return heard;
}

export function onNotice(listener: Listener): () => void {
  startNotices();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Stores whose change can alter what the panel shows: the library, relationships, settings and guardrails. */
const SHOWN_STORES: readonly string[] = ['content', 'relationships', 'meta', 'intros'];

export function changesShown(notice: Notice): boolean {
  return notice.notice === 'stores-changed' && notice.stores.some((store) => SHOWN_STORES.includes(store));
}
