/**
 * The background's part in keeping every view current. A write to the store, made here or
 * reported by a page (`stores:changed`: the page's write woke this worker if it slept), makes the
 * prepared prospect views stale, may change a tab's badge, and is relayed to the open panels,
 * which hold no store connection of their own (lib/protocol/notices.ts).
 */
import type { StoreName } from '../db';
import { sendNotice, type Notice } from '../protocol/notices';
import { refreshAllBadges } from './badge';
import { forgetAllProspectViews } from './prospect-views';
import { teamStoresChanged } from './team';
import { allTabPages } from './tab-pages';

/** Activities and feedback are not part of a prospect view; everything else is (intro requests show on their intro). */
const SHOWN_IN_VIEWS: ReadonlySet<StoreName> = new Set(['content', 'relationships', 'subscriptions', 'meta', 'intros']);

export function storesChanged(stores: readonly StoreName[]): void {
  teamStoresChanged(stores);
  if (stores.some((store) => SHOWN_IN_VIEWS.has(store))) forgetAllProspectViews();
  if (stores.includes('relationships') || stores.includes('intros')) void refreshAllBadges();
  void tellPanels({ notice: 'stores-changed', stores: [...stores] });
}

/** Every tab showing a profile or company page has a panel to tell. */
async function tellPanels(notice: Notice): Promise<void> {
  for (const [tabId, page] of await allTabPages()) if (page.snapshot) sendNotice(tabId, notice);
}
