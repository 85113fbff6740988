import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getTabPage, onTabPageChange } from '../../lib/background/tab-pages';
import type { PanelHello } from '../../lib/messaging';

/** Which tab the panel is in: asked of the browser directly, of the background where it cannot say. */
async function hello(): Promise<PanelHello> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id === undefined) return (await browser.runtime.sendMessage({ type: 'panel:hello' })) as PanelHello;
  return { tabId: tab.id, ...(await getTabPage(tab.id)) };
}

/** The profile the panel's own tab shows, kept current as the rep moves between profiles. */
export function useTabPage(): PanelHello | null {
  const [page, setPage] = useState<PanelHello | null>(null);
  useEffect(() => {
    let stop = () => {};
    let live = true;
    void hello().then((answer) => {
      if (!live) return;
      setPage(answer);
      if (answer.tabId !== null) {
        const tabId = answer.tabId;
        stop = onTabPageChange(tabId, (next) => setPage({ tabId, ...next }));
      }
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return page;
}
