/**
 * What each tab's LinkedIn page shows, kept in storage.session: it survives the service worker
 * stopping, and content scripts cannot read it (session storage is for trusted contexts only).
 */
import { browser } from 'wxt/browser';
import { storageItem } from '../browser-storage/item';
import { STORAGE_KEYS, TAB_PAGE_PREFIX } from '../browser-storage/keys';
import { NO_PAGE, TabPage } from '../model/tab-page';

/** A stored page that does not parse (another version's, or damaged) reads as no page. */
const readTabPage = (raw: unknown): TabPage => TabPage.safeParse(raw).data ?? NO_PAGE;

const tabPage = (tabId: number) => storageItem(STORAGE_KEYS.tabPage(tabId), readTabPage);

export function setTabPage(tabId: number, page: TabPage): Promise<void> {
  return tabPage(tabId).set(page);
}

export function getTabPage(tabId: number): Promise<TabPage> {
  return tabPage(tabId).get();
}

export function forgetTab(tabId: number): Promise<void> {
  return tabPage(tabId).remove();
}

export async function allTabPages(): Promise<Array<[number, TabPage]>> {
  const stored = await browser.storage.session.get(null);
  return Object.entries(stored)
    .filter(([name]) => name.startsWith(TAB_PAGE_PREFIX))
    .map(([name, value]) => [Number(name.slice(TAB_PAGE_PREFIX.length)), readTabPage(value)]);
}
