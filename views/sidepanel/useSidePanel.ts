import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProfileSnapshot } from '../../lib/model/profile';
import type { TabPage } from '../../lib/model/tab-page';
import { canonicalJson } from '../../lib/prospect/canonical-json';
import type { ProspectView } from '../../lib/protocol/replies';
import { send } from '../../lib/protocol/send';
import { followTabPage } from './followed-page';
import { followTab, type Follow, type FollowedTab } from './followed-tab';
import type { ProspectMemory } from './prospect-memory';
import { shownFor, type Shown } from './shown';

export type SidePanelState = {
  tab: FollowedTab | undefined;
  shown: Shown;
  view?: ProspectView;
  viewError?: string;
};

type Ranked = { key: string; view?: ProspectView; error?: string };

/**
 * The tab the side panel follows, what its page shows, and (on a profile or company page) the
 * prospect's view, ranked here from the store: live as the rep changes tabs or moves on LinkedIn,
 * and when the library, relationships or settings change.
 */
export function useSidePanel(follow: Follow, memory: ProspectMemory): SidePanelState {
  const [tab, setTab] = useState<FollowedTab>();
  const [page, setPage] = useState<{ tabId: number; page: TabPage }>();
  const [ranked, setRanked] = useState<Ranked>();
  const [version, setVersion] = useState(0);
  useEffect(() => followTab(follow, setTab), []);
  useEffect(() => memory.onStale(() => setVersion((v) => v + 1)), [memory]);
  const tabId = tab?.tabId ?? null;
  useEffect(() => {
    if (tabId === null) return;
    return followTabPage(tabId, (next) => {
      // Ranking starts as the report comes, not a frame later when the effect below asks (it gets the same promise).
      if (next.snapshot) void memory.viewOf(next.snapshot).catch(() => undefined);
      setPage({ tabId, page: next });
    });
  }, [tabId]);

  const shown = shownFor(tab, page && page.tabId === tabId ? page.page : undefined);
  const snapshot: ProfileSnapshot | null = shown.kind === 'prospect' ? shown.snapshot : null;
  const key = useMemo(() => (snapshot ? canonicalJson(snapshot) : ''), [snapshot]);
  useEffect(() => {
    if (!snapshot) return;
    // In a team, what teammates changed meanwhile comes now (the store's change re-ranks this
    // view), once this view is ranked: the pull's reads and writes do not compete with its first ranking.
    const catchUp = () => void send('team:catch-up').catch(() => undefined);
    memory.viewOf(snapshot).then(catchUp, catchUp);
  }, [key]);
  useEffect(() => {
    if (!snapshot) return;
    let live = true;
    memory.viewOf(snapshot).then(
      (view) => live && setRanked({ key, view }),
      (error: unknown) => live && setRanked({ key, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [key, version]);

  if (!snapshot) return { tab, shown };
  // A prospect seen before shows at once; a new one once ranked.
  const current = ranked?.key === key ? ranked : undefined;
  const view = current?.view ?? memory.ready(snapshot);
  return { tab, shown, ...(view ? { view } : {}), ...(current?.error ? { viewError: current.error } : {}) };
}
