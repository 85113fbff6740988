/**
 * Each tab's prospect view, prepared as soon as its content script reports the profile. The
 * panel frame only starts after the page's load, so by the time it asks, the answer is ready.
 * Kept in the service worker's memory: a restarted worker simply prepares it again on request.
 * What a view holds is lib/prospect/view.ts's (the side panel computes its own).
 */
import type { ProfileSnapshot } from '../model/profile';
import { loadProspectView } from '../prospect/view';
import type { ProspectView } from '../protocol/replies';
import { canonicalJson } from '../prospect/canonical-json';

/** A view older than this is prepared again: items may have come into or gone out of date. */
export const VIEW_MAX_AGE_MS = 60_000;

type Prepared = { key: string; at: number; view: Promise<ProspectView> };
const prepared = new Map<number, Prepared>();

// The snapshot comes once by message and once back from storage.session (keys sorted).
const keyOf = (snapshot: ProfileSnapshot) => canonicalJson(snapshot);

/** Start (or reuse) the view of this tab's profile. */
export function prepareProspectView(tabId: number, snapshot: ProfileSnapshot, now = Date.now()): Promise<ProspectView> {
  const key = keyOf(snapshot);
  const current = prepared.get(tabId);
  if (current && current.key === key && now - current.at < VIEW_MAX_AGE_MS) return current.view;
  const view = loadProspectView(snapshot, new Date(now));
  const entry = { key, at: now, view };
  prepared.set(tabId, entry);
  // A failed read is not remembered: the next ask tries again.
  view.catch(() => prepared.get(tabId) === entry && prepared.delete(tabId));
  return view;
}

export function forgetProspectView(tabId: number): void {
  prepared.delete(tabId);
}

/** The library, a relationship or the settings changed: every prepared view is out of date. */
export function forgetAllProspectViews(): void {
  prepared.clear();
}
