import { useEffect, useState } from 'preact/hooks';
import { onTabPageChange } from '../../lib/background/tab-pages';
import { canonicalJson } from '../../lib/canonical-json';
import type { PanelHello } from '../../lib/messaging';
import { askPanelHello } from './hello';

/**
 * The profile the panel's own tab shows, kept current as the rep moves between profiles. Each
 * change is asked of the background again: its answer carries the view it prepared meanwhile.
 */
export function useTabPage(hello: Promise<PanelHello>, initial?: PanelHello): PanelHello | null {
  const [page, setPage] = useState<PanelHello | null>(initial ?? null);
  useEffect(() => {
    let stop = () => {};
    let live = true;
    let asked = 0;
    /** Asks the background again; with `unlessSameAs`, keeps the page when the profile is the same. */
    const askAgain = (unlessSameAs?: PanelHello) => {
      const ask = ++asked;
      void askPanelHello().then((answer) => {
        if (!live || ask !== asked) return;
        if (unlessSameAs && canonicalJson(answer.snapshot) === canonicalJson(unlessSameAs.snapshot)) return;
        setPage(answer);
      });
    };
    void hello.then((answer) => {
      if (!live) return;
      if (answer !== initial) setPage(answer);
      if (answer.tabId === null) return;
      stop = onTabPageChange(() => askAgain());
      // A newer reading may have landed between the answer and this subscription.
      askAgain(answer);
    });
    return () => {
      live = false;
      stop();
    };
  }, [hello]);
  return page;
}
