import { browser } from 'wxt/browser';
import { getTabPage } from '../../lib/background/tab-pages';
import type { PanelHello } from '../../lib/messaging';

/**
 * Which tab the panel is in, what it shows and, when the background has it ready, the prospect
 * view to paint first. Where the background cannot name the tab, the browser is asked.
 */
export async function askPanelHello(): Promise<PanelHello> {
  const answer = (await browser.runtime.sendMessage({ type: 'panel:hello' }).catch(() => undefined)) as PanelHello | undefined;
  if (answer?.tabId != null) return answer;
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id === undefined) return answer ?? { tabId: null, snapshot: null, theme: 'light' };
  return { tabId: tab.id, ...(await getTabPage(tab.id)) };
}
