/**
 * What each tab's LinkedIn page shows, kept in storage.session: it survives the service worker
 * stopping, and content scripts cannot read it (session storage is for trusted contexts only).
 */
import { browser } from 'wxt/browser';
import { STORAGE_KEYS, TAB_PAGE_PREFIX } from '../browser-storage/keys';
import type { TabPage } from '../messaging';

const key = (tabId: number) => STORAGE_KEYS.tabPage(tabId).key;
const EMPTY: TabPage = { snapshot: null, theme: 'light' };

export async function setTabPage(tabId: number, page: TabPage): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: page });
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
    .filter(([name]) => name.startsWith(TAB_PAGE_PREFIX))
    .map(([name, value]) => [Number(name.slice(TAB_PAGE_PREFIX.length)), value as TabPage]);
}

/** The panel listens for its own tab's key. */
export function onTabPageChange(tabId: number, listener: (page: TabPage) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[key(tabId)];
    if (area === 'session' && change) listener((change.newValue as TabPage | undefined) ?? EMPTY);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
