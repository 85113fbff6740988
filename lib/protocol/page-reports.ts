/**
 * The content script's page reports (`page:snapshot`), heard where they pass. runtime.sendMessage
 * reaches every extension page, not only the background: the side panel hears its tab's report
 * itself, checked as the background checks it (the schema, and a content script on a LinkedIn
 * page as the sender), and never answers it (the background does). So the side panel shows a
 * prospect without waiting for the background to wake and store the page.
 */
import { browser } from 'wxt/browser';
import { tabPageOf, type TabPage } from '../model/tab-page';
import { COMMANDS } from './commands';
import { classifySender, type SenderLike } from './senders';

export function listenForPageReports(listener: (tabId: number, page: TabPage) => void): () => void {
  const origin = browser.runtime.getURL('/').replace(/\/$/, '');
  const handler = (raw: unknown, sender: SenderLike): undefined => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || classifySender(sender, browser.runtime.id, origin) !== 'content-script') return undefined;
    if (typeof raw !== 'object' || raw === null || !('type' in raw) || raw.type !== 'page:snapshot') return undefined;
    const parsed = COMMANDS['page:snapshot'].request.safeParse(raw);
    if (!parsed.success) return undefined;
    listener(tabId, tabPageOf(parsed.data));
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
