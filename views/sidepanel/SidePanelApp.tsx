import { useMemo, useState } from 'preact/hooks';
import { FlagPanel } from '../../components/flag/FlagPanel';
import { PanelHostContext } from '../../components/panel/host';
import { NoProspect } from '../../components/panel/NoProspect';
import { PanelHeader } from '../../components/panel/PanelHeader';
import { PanelNewForYou } from '../../components/panel/PanelNewForYou';
import { Prospect } from '../../components/panel/Prospect';
import type { Follow } from './followed-tab';
import { sidePanelHost } from './host';
import type { ProspectMemory } from './prospect-memory';
import { useSidePanel, type SidePanelState } from './useSidePanel';

type Pane = 'prospect' | 'flag';

const PANES: Record<Pane, string> = { prospect: 'This page', flag: 'Flag a relationship' };

/**
 * Warmline in the browser's side panel (zero-footprint mode): the in-page panel's cards and the
 * popup's flag form (components/), for the tab the rep is on. LinkedIn's page holds nothing of it.
 */
export function SidePanelApp({ follow, memory }: { follow: Follow; memory: ProspectMemory }) {
  const state = useSidePanel(follow, memory);
  const [pane, setPane] = useState<Pane>('prospect');
  const tabId = state.tab?.tabId ?? null;
  const host = useMemo(() => sidePanelHost(tabId, memory), [tabId, memory]);
  const profile = state.shown.kind === 'prospect' ? state.shown.snapshot : null;

  return (
    <PanelHostContext.Provider value={host}>
      <main class="panel side" data-testid="wl-panel" aria-label="Warmline">
        <PanelHeader profile={profile} known={state.shown.kind !== 'waiting'} />
        <div class="panes" role="tablist" aria-label="Warmline">
          {(Object.keys(PANES) as Pane[]).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`wl-pane-${id}`}
              aria-selected={pane === id}
              aria-controls={`wl-pane-${id}-body`}
              data-testid={`wl-pane-${id}`}
              onClick={() => setPane(id)}
            >
              {PANES[id]}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`wl-pane-${pane}-body`} aria-labelledby={`wl-pane-${pane}`}>
          {pane === 'prospect' ? <ProspectPane state={state} /> : <FlagPane state={state} />}
        </div>
      </main>
    </PanelHostContext.Provider>
  );
}

function ProspectPane({ state }: { state: SidePanelState }) {
  const { shown } = state;
  const key = shown.kind === 'prospect' ? `${state.tab?.tabId}:${shown.snapshot.kind}:${shown.snapshot.slug}` : '';
  // A visit starts when the side panel first shows this prospect in this tab.
  const visitStart = useMemo(() => new Date(), [key]);
  switch (shown.kind) {
    case 'waiting':
      return <p class="muted pad">Loading…</p>;
    case 'elsewhere':
      return (
        <p class="muted pad" data-testid="wl-not-linkedin">
          Warmline works on LinkedIn: open a profile or company page there to see who on your team knows them and what to send.
        </p>
      );
    case 'linkedin':
      return (
        <div class="content">
          <p class="hint" data-testid="wl-side-hint">
            Open a LinkedIn profile or company page: Warmline shows here who on your team knows them, and what to send.
          </p>
          <PanelNewForYou />
        </div>
      );
    case 'reading':
      return <p class="muted pad">Reading this profile…</p>;
    case 'no-prospect':
      return <NoProspect reason={shown.reason} />;
    case 'prospect':
      return <Prospect key={key} profile={shown.snapshot} view={state.view} viewError={state.viewError} visitStart={visitStart} />;
  }
}

/** The popup's flag form, for the tab shown: prefilled on a profile, by hand elsewhere. */
function FlagPane({ state }: { state: SidePanelState }) {
  const tabId = state.tab?.tabId ?? undefined;
  const snapshot = state.shown.kind === 'prospect' ? state.shown.snapshot : null;
  const key = `${tabId}:${snapshot ? `${snapshot.kind}:${snapshot.slug}` : ''}`;
  return <FlagPanel key={key} named={false} target={tabId === undefined ? { snapshot } : { tabId, snapshot }} />;
}
