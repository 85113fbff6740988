/**
 * What each tab's LinkedIn page shows, kept in storage.session: it survives the service worker
 * stopping, and content scripts cannot read it (session storage is for trusted contexts only).
 */
import { browser } from 'wxt/browser';
import type { MessageOf, TabPage } from '../messaging';

const key = (tabId: number) => `tab:${tabId}`;
const EMPTY: TabPage = { snapshot: null, theme: 'light' };

const PAGE_CHANGED: MessageOf<'panel:page-changed'> = { type: 'panel:page-changed' };

/** Stores what the tab shows, then tells that tab's panel (and no other) to ask again. */
export async function setTabPage(tabId: number, page: TabPage): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: page });
  // By message, not storage.session's change event: Firefox gives an extension frame inside a
  // web page no storage.session (nor tabs), but it does get tabs.sendMessage, as Chrome's does.
  void Promise.resolve()
    .then(() => browser.tabs.sendMessage(tabId, PAGE_CHANGED))
    .catch(() => undefined);
}

export async function getTabPage(tabId: number): Promise<TabPage> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabPage | undefined) ?? EMPTY;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function allTabPages(): Promise<Array<[number, TabPage]>> {
  const stored = await browser.storage.session.get(null);
  return Object.entries(stored)
    .filter(([name]) => name.startsWith('tab:'))
    .map(([name, value]) => [Number(name.slice(4)), value as TabPage]);
}

/**
 * The panel hears when its own tab's page changed (setTabPage sends to that tab only). Only the
 * background's word counts: it comes from Warmline and from no tab (a content script's or a
 * page's message has one); checked by hand, as zod stays out of the panel's first paint.
 */
export function onTabPageChange(listener: () => void): () => void {
  const handler = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (type === PAGE_CHANGED.type && sender.id === browser.runtime.id && sender.tab === undefined) listener();
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
