import { browser } from 'wxt/browser';
import type { DraftStorage } from '../../lib/flags/draft';

/** Drafts live in extension storage, which outlives the popup and is never seen by pages. */
export const browserDraftStorage: DraftStorage = {
  get: (key) => browser.storage.local.get(key),
  set: (items) => browser.storage.local.set(items),
};

/** Runs storage writes one after another, so a late draft write cannot undo a clear. */
export function serialQueue(): (job: () => Promise<void>) => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  return (job) => {
    tail = tail.then(job, job).catch((e: unknown) => console.error('Warmline draft', e));
    return tail;
  };
}
