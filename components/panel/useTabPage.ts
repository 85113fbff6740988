import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onTabPageChange } from '../../lib/background/tab-pages';
import type { PanelHello } from '../../lib/messaging';

/** The profile the panel's own tab shows, kept current as the rep moves between profiles. */
export function useTabPage(): PanelHello | null {
  const [page, setPage] = useState<PanelHello | null>(null);
  useEffect(() => {
    let stop = () => {};
    let live = true;
    browser.runtime.sendMessage({ type: 'panel:hello' }).then((hello) => {
      const answer = hello as PanelHello;
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
