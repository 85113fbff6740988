/** What the side panel shows for the tab it follows (views/sidepanel/SidePanelApp.tsx draws it). */
import { profilePageOf, type ProfilePage } from '../../lib/identity/urls';
import type { NoProspect, ProfileSnapshot } from '../../lib/model/profile';
import type { TabPage } from '../../lib/model/tab-page';
import { isLinkedInPage } from '../../lib/protocol/senders';
import type { FollowedTab } from './followed-tab';

export type Shown =
  /** Which tab it follows is not known yet. */
  | { kind: 'waiting' }
  /** Another site, or no tab: nothing of LinkedIn. */
  | { kind: 'elsewhere' }
  /** A LinkedIn page that is no profile or company page (the feed, search, messaging). */
  | { kind: 'linkedin' }
  /** A profile's address whose top card the content script has not reported yet. */
  | { kind: 'reading'; page: ProfilePage }
  | { kind: 'no-prospect'; reason: NoProspect }
  | { kind: 'prospect'; snapshot: ProfileSnapshot };

export function shownFor(tab: FollowedTab | undefined, page: TabPage | undefined): Shown {
  if (!tab) return { kind: 'waiting' };
  if (tab.tabId === null || !isLinkedInPage(tab.url)) return { kind: 'elsewhere' };
  const address = profilePageOf(tab.url!);
  if (!address) return { kind: 'linkedin' };
  const snapshot = page?.snapshot;
  // What was reported must be this address's: the tab may have moved on before its next report.
  if (snapshot && snapshot.kind === address.kind && snapshot.slug === address.slug) return { kind: 'prospect', snapshot };
  if (page && !snapshot && page.noProspect) return { kind: 'no-prospect', reason: page.noProspect };
  return { kind: 'reading', page: address };
}
