import { useEffect } from 'preact/hooks';
import { send } from '../../lib/protocol/send';

/**
 * Tells the frame how tall the panel's content is, so the frame follows it (the content script
 * caps it at the window's height, and the panel scrolls beyond). Only the number travels, through
 * the background: the page and the content script never see what the panel shows.
 */
export function useReportHeight(): void {
  useEffect(() => {
    let last = -1;
    let frame = 0;
    const report = () => {
      frame = 0;
      // The body's scroll height counts what hangs below the content too (a confirmation under the last card).
      const height = Math.ceil(Math.max(document.body.scrollHeight, document.querySelector('main')?.getBoundingClientRect().height ?? 0));
      if (height === last) return;
      last = height;
      void send('panel:height', { height }).catch(() => undefined);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(report);
    };
    const resized = new ResizeObserver(schedule);
    resized.observe(document.body);
    const changed = new MutationObserver(schedule);
    changed.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    schedule();
    return () => {
      resized.disconnect();
      changed.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
}
