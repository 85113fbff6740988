/**
 * The side panel's memory: the library it ranks against, read once, and each prospect's view it
 * showed, kept while nothing they rest on changes. A top-level extension page, it reads the store
 * itself (lib/prospect/), so a prospect shows without the background, asleep or not.
 */
import { onStoreChange, type StoreName } from '../../lib/db';
import type { ProfileSnapshot } from '../../lib/model/profile';
import { canonicalJson } from '../../lib/prospect/canonical-json';
import { loadLibraryState, viewAgainst, type LibraryState } from '../../lib/prospect/view';
import type { ProspectView } from '../../lib/protocol/replies';

/** A view older than this is ranked again: items may have come into or gone out of date. */
const VIEW_MAX_AGE_MS = 60_000;
/** The prospects remembered (the rep goes back and forth between a few tabs). */
const REMEMBERED = 50;

/** What a prospect's view rests on (activities and feedback are not part of it; intro requests show on their intros). */
export const VIEW_STORES: readonly StoreName[] = ['content', 'relationships', 'subscriptions', 'meta', 'intros'];

type Remembered = { at: number; view: Promise<ProspectView>; ready?: ProspectView };

export type ProspectMemory = {
  /** The view of this prospect: remembered, or ranked now against the library in memory. */
  viewOf(snapshot: ProfileSnapshot): Promise<ProspectView>;
  /** The view of this prospect if one is remembered and ready: shown at once, on the rep's way back to a tab. */
  ready(snapshot: ProfileSnapshot): ProspectView | undefined;
  /** The library in memory (search and "New for you" use it too, rather than reading it again). */
  library(): Promise<LibraryState>;
  /** Calls `listener` when what the views rest on changed (they are ranked again on the next ask). */
  onStale(listener: () => void): () => void;
};

export function prospectMemory(): ProspectMemory {
  let library: Promise<LibraryState> | undefined;
  const views = new Map<string, Remembered>();
  const stale = new Set<() => void>();
  const readLibrary = () => {
    const reading = loadLibraryState();
    // A failed read is not remembered: the next ask tries again.
    reading.catch(() => library === reading && (library = undefined));
    return reading;
  };
  onStoreChange((stores) => {
    if (!stores.some((store) => VIEW_STORES.includes(store))) return;
    library = undefined;
    views.clear();
    for (const listener of Array.from(stale)) listener();
  });
  // Read at once: the first prospect then needs only its own few indexed reads and the ranking.
  library = readLibrary();

  return {
    library: () => (library ??= readLibrary()),
    viewOf(snapshot) {
      const key = canonicalJson(snapshot);
      const now = Date.now();
      const known = views.get(key);
      if (known && now - known.at < VIEW_MAX_AGE_MS) return known.view;
      library ??= readLibrary();
      const view = library.then((state) => viewAgainst(snapshot, state, new Date(now)));
      const entry: Remembered = { at: now, view };
      views.delete(key);
      views.set(key, entry);
      view.then(
        (done) => (entry.ready = done),
        () => views.get(key) === entry && views.delete(key),
      );
      if (views.size > REMEMBERED) views.delete(views.keys().next().value!);
      return view;
    },
    ready(snapshot) {
      const known = views.get(canonicalJson(snapshot));
      return known && Date.now() - known.at < VIEW_MAX_AGE_MS ? known.ready : undefined;
    },
    onStale(listener) {
      stale.add(listener);
      return () => stale.delete(listener);
    },
  };
}
