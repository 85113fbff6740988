/**
 * What the followed tab's LinkedIn page shows, without waiting for the background: as the
 * background last stored it (storage.session, which extension pages read), then as the tab's
 * content script reports it (lib/protocol/page-reports.ts), the moment it reads a profile.
 */
import { tabPageItem } from '../../lib/browser-storage/tab-page';
import type { TabPage } from '../../lib/model/tab-page';
import { listenForPageReports } from '../../lib/protocol/page-reports';

export function followTabPage(tabId: number, listener: (page: TabPage) => void): () => void {
  // A report heard first is newer than what the background stored before it.
  let reported = false;
  const stop = listenForPageReports((from, page) => {
    if (from !== tabId) return;
    reported = true;
    listener(page);
  });
  tabPageItem(tabId)
    .get()
    .then((page) => reported || listener(page), () => undefined);
  return stop;
}
