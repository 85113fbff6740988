/**
 * What one tab's LinkedIn page shows, as the background keeps it in storage.session (from the
 * content script's reports): it survives the service worker stopping, content scripts cannot read
 * it, and the side panel, an extension page, reads it itself without waking the background.
 */
import { NO_PAGE, TabPage } from '../model/tab-page';
import { storageItem, type StorageItem } from './item';
import { STORAGE_KEYS } from './keys';

/** A stored page that does not parse (another version's, or damaged) reads as no page. */
export const readTabPage = (raw: unknown): TabPage => TabPage.safeParse(raw).data ?? NO_PAGE;

export function tabPageItem(tabId: number): StorageItem<TabPage> {
  return storageItem(STORAGE_KEYS.tabPage(tabId), readTabPage);
}
