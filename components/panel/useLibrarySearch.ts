import { useEffect, useState } from 'preact/hooks';
import type { ContentItem } from '../../lib/model/content';
import { usePanelHost } from './host';

type Answer = { query: string; results: ContentItem[] };

/**
 * Approved items matching the rep's words, asked of the host as the rep types (and again when the
 * library changes). `searching` until the answer for these very words is in.
 */
export function useLibrarySearch(query: string): { results: ContentItem[]; searching: boolean } {
  const host = usePanelHost();
  const words = query.trim();
  const [answer, setAnswer] = useState<Answer>({ query: '', results: [] });
  const [version, setVersion] = useState(0);
  useEffect(() => host.onLibraryChange(() => setVersion((v) => v + 1)), [host]);
  useEffect(() => {
    if (!words) return;
    let live = true;
    host.search(words).then(
      (results) => live && setAnswer({ query: words, results }),
      () => live && setAnswer({ query: words, results: [] }),
    );
    return () => {
      live = false;
    };
  }, [words, version, host]);
  if (!words) return { results: [], searching: false };
  // The last answer stays on screen while the next is asked: no flicker as the rep types.
  return { results: answer.results, searching: answer.query !== words };
}
