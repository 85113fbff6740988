/**
 * Whether this content script's extension still exists. A reload or an update orphans the script
 * (its runtime.id goes, its port drops, its panel frame reloads as an error page); only then does
 * the panel go. Nothing the page does can say so: WXT's runtime took a DOM event named after the
 * extension id as "a newer copy started" and tore the panel down (issue 15, finding 4).
 */
import { browser } from 'wxt/browser';

/** A dropped port or a reloaded frame also come when the background merely stopped, and runtime.id outlives the extension for a moment: look again. */
export const GONE_CHECKS_MS = [250, 1000, 3000, 10_000];

export function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    // Firefox: a dead wrapper throws when touched.
    return true;
  }
}

export type AliveWatch = {
  /** A sign the extension may be gone (the panel frame reloaded, a message failed): look now and a few times more. */
  suspect(): void;
  stop(): void;
};

/** Calls `onGone` once, when the extension really is gone. Holds a port to the background only to hear it drop. */
export function watchExtension(onGone: () => void): AliveWatch {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let done = false;
  const stop = () => {
    done = true;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
  const look = () => {
    if (done || !extensionGone()) return;
    stop();
    onGone();
  };
  const suspect = () => {
    look();
    if (done) return;
    // Nothing wakes the background and no timer stands once these have run.
    for (const delay of GONE_CHECKS_MS) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        look();
      }, delay);
      timers.add(timer);
    }
  };
  try {
    browser.runtime.connect({ name: 'content' }).onDisconnect.addListener(suspect);
  } catch {
    suspect();
  }
  return { suspect, stop };
}
