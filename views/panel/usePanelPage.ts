import { useEffect, useState } from 'preact/hooks';
import type { PanelHello } from '../../lib/protocol/replies';
import { askPanelHello } from './hello';
import { changesShown, noticesHeard, onNotice } from './notices';

/**
 * The profile the panel's own tab shows and the background's view of it, kept current: when the
 * rep moves to another profile, or the library, relationships or settings change, the background
 * says so and the panel asks again (the answer carries the view prepared meanwhile).
 */
export function usePanelPage(hello: Promise<PanelHello>, heardAtHello: number, initial?: PanelHello): PanelHello | null {
  const [page, setPage] = useState<PanelHello | null>(initial ?? null);
  useEffect(() => {
    let live = true;
    let asked = 0;
    let tabId: number | null = null;
    const askAgain = () => {
      const ask = ++asked;
      void askPanelHello().then((answer) => live && ask === asked && setPage(answer));
    };
    const stop = onNotice((notice) => {
      if (tabId === null) return;
      if ((notice.notice === 'page-changed' && notice.tabId === tabId) || changesShown(notice)) askAgain();
    });
    void hello.then((answer) => {
      if (!live) return;
      tabId = answer.tabId;
      if (answer !== initial) setPage(answer);
      // Something changed while the first answer travelled: it may be stale.
      if (tabId !== null && noticesHeard() > heardAtHello) askAgain();
    });
    return () => {
      live = false;
      stop();
    };
  }, [hello]);
  return page;
}
