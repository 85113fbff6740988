import { useEffect, useState } from 'preact/hooks';
import type { StoredContent } from '../../lib/model/stored';
import { send } from '../../lib/protocol/send';
import { changesShown, onNotice } from './notices';

type Answer = { query: string; results: StoredContent[] };

/**
 * Approved items matching the rep's words, asked of the background as the rep types (and again
 * when the library changes). `searching` until the answer for these very words is in.
 */
export function useLibrarySearch(query: string): { results: StoredContent[]; searching: boolean } {
  const words = query.trim();
  const [answer, setAnswer] = useState<Answer>({ query: '', results: [] });
  const [version, setVersion] = useState(0);
  useEffect(() => onNotice((notice) => changesShown(notice) && setVersion((v) => v + 1)), []);
  useEffect(() => {
    if (!words) return;
    let live = true;
    send('library:search', { query: words }).then(
      (results) => live && setAnswer({ query: words, results }),
      () => live && setAnswer({ query: words, results: [] }),
    );
    return () => {
      live = false;
    };
  }, [words, version]);
  if (!words) return { results: [], searching: false };
  // The last answer stays on screen while the next is asked: no flicker as the rep types.
  return { results: answer.results, searching: answer.query !== words };
}
