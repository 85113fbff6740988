/**
 * Which tab the side panel shows: the active tab of its window, as the rep moves between tabs
 * (Chrome's side panel and Firefox's sidebar are one per window). `sidepanel.html?tabId=N`
 * follows tab N only, and `?windowId=W` the active tab of window W: how a test or the bench, which
 * cannot always show the browser's real side panel, opens it as a tab bound to a LinkedIn tab.
 */
import { browser } from 'wxt/browser';

export type Follow = { tabId: number } | { windowId: number } | { ownWindow: true };

/** The tab shown, and its address where Warmline may read it (LinkedIn's; another site's stays unknown). */
export type FollowedTab = { tabId: number | null; url: string | undefined };

const wholeNumber = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

export function followFrom(search: string): Follow {
  const params = new URLSearchParams(search);
  const tabId = wholeNumber(params.get('tabId'));
  if (tabId !== undefined) return { tabId };
  const windowId = wholeNumber(params.get('windowId'));
  return windowId !== undefined ? { windowId } : { ownWindow: true };
}

type TabLike = { id?: number; url?: string };

/** Calls `listener` with the tab to show, now and whenever it changes (another tab, another address, closed). */
export function followTab(follow: Follow, listener: (tab: FollowedTab) => void): () => void {
  let current: number | null = null;
  let windowId: number | undefined;
  let stopped = false;
  const show = (tab: TabLike | null) => {
    current = tab?.id ?? null;
    if (!stopped) listener({ tabId: current, url: tab?.url });
  };
  const showTab = (tabId: number) => browser.tabs.get(tabId).then(show, () => show(null));
  const showActive = async () => {
    if (windowId === undefined) return;
    const [active] = await browser.tabs.query({ active: true, windowId });
    show(active ?? null);
  };

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (!('tabId' in follow) && info.windowId === windowId) void showTab(info.tabId);
  };
  const onUpdated = (tabId: number, change: { url?: string; status?: string }, tab: TabLike) => {
    if (tabId === current && (change.url !== undefined || change.status !== undefined)) show(tab);
  };
  const onRemoved = (tabId: number) => {
    if (tabId !== current) return;
    if ('tabId' in follow) show(null);
    else void showActive();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);

  if ('tabId' in follow) void showTab(follow.tabId);
  else {
    const found = 'windowId' in follow ? Promise.resolve(follow.windowId) : browser.windows.getCurrent().then((window) => window.id);
    void found.then((id) => {
      windowId = id;
      return showActive();
    });
  }
  return () => {
    stopped = true;
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}
