import { storageItem } from '../../lib/browser-storage/item';
import { STORAGE_KEYS } from '../../lib/browser-storage/keys';
import { draftsFrom, type DraftStorage } from '../../lib/flags/draft';

/**
 * Drafts hold names and notes, so they live in session storage: it outlives the popup, and
 * content scripts cannot read it (local storage they could). Gone when the browser restarts.
 */
export const browserDraftStorage: DraftStorage = storageItem(STORAGE_KEYS.popupDrafts, draftsFrom);

/** Runs storage writes one after another, so a late draft write cannot undo a clear. */
export function serialQueue(): (job: () => Promise<void>) => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  return (job) => {
    tail = tail.then(job, job).catch((e: unknown) => console.error('Warmline draft', e));
    return tail;
  };
}
