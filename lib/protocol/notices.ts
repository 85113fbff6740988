/**
 * What the background tells open panels, unasked: the stores changed, or the tab's page did. The
 * panel holds no store connection of its own (its frame sits in LinkedIn's page, where the
 * browser may deny it storage), so these notices are how it stays live; it then asks again by
 * command. They carry names only, never data, and are checked by hand (no zod in the panel).
 *
 * Sent to the panel's tab with tabs.sendMessage, which reaches every frame of that tab: Firefox
 * gives an extension frame inside a web page only content-script APIs, so runtime.sendMessage's
 * broadcast never reaches it there. The tab's content script hears them too and ignores them.
 */
import { browser } from 'wxt/browser';

export type Notice = { notice: 'stores-changed'; stores: string[] } | { notice: 'page-changed'; tabId: number };

function noticeOf(raw: unknown): Notice | undefined {
  if (typeof raw !== 'object' || raw === null || !('notice' in raw)) return undefined;
  if (raw.notice === 'page-changed' && 'tabId' in raw && typeof raw.tabId === 'number') return { notice: 'page-changed', tabId: raw.tabId };
  if (raw.notice === 'stores-changed' && 'stores' in raw && Array.isArray(raw.stores)) {
    return { notice: 'stores-changed', stores: raw.stores.filter((store): store is string => typeof store === 'string') };
  }
  return undefined;
}

/** The background: tell the panel in this tab. Nobody listening (no panel there) is fine. */
export function sendNotice(tabId: number, notice: Notice): void {
  // A promise chain, so a synchronous throw (a tab already closed) is caught as well.
  void Promise.resolve()
    .then(() => browser.tabs.sendMessage(tabId, notice))
    .catch(() => undefined);
}

type Sender = { id?: string; tab?: unknown };

/**
 * The panel: hear notices from the background. Anything else (another page's command to the
 * background, which reaches this frame too) is left unanswered, so the background answers it.
 */
export function listenForNotices(listener: (notice: Notice) => void): () => void {
  const handler = (raw: unknown, sender: Sender): undefined => {
    // From this extension, and not from a page in a tab (a content script's messages carry its tab).
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const notice = noticeOf(raw);
    if (notice) listener(notice);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
