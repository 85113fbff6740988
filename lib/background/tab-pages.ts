/**
 * What each tab's LinkedIn page shows, kept in storage.session (lib/browser-storage/tab-page.ts):
 * it survives the service worker stopping, and content scripts cannot read it (session storage is
 * for trusted contexts only).
 */
import { browser } from 'wxt/browser';
import { TAB_PAGE_PREFIX } from '../browser-storage/keys';
import { readTabPage, tabPageItem } from '../browser-storage/tab-page';
import type { TabPage } from '../model/tab-page';

export function setTabPage(tabId: number, page: TabPage): Promise<void> {
  return tabPageItem(tabId).set(page);
}

export function getTabPage(tabId: number): Promise<TabPage> {
  return tabPageItem(tabId).get();
}

export function forgetTab(tabId: number): Promise<void> {
  return tabPageItem(tabId).remove();
}

export async function allTabPages(): Promise<Array<[number, TabPage]>> {
  const stored = await browser.storage.session.get(null);
  return Object.entries(stored)
    .filter(([name]) => name.startsWith(TAB_PAGE_PREFIX))
    .map(([name, value]) => [Number(name.slice(TAB_PAGE_PREFIX.length)), readTabPage(value)]);
}
