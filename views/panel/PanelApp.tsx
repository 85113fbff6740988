import { useEffect, useMemo } from 'preact/hooks';
import { PanelHostContext } from '../../components/panel/host';
import { NoProspect } from '../../components/panel/NoProspect';
import { PanelHeader } from '../../components/panel/PanelHeader';
import { Prospect } from '../../components/panel/Prospect';
import type { PanelHello } from '../../lib/protocol/replies';
import { GuardPrompt } from './guard/GuardPrompt';
import { BACKGROUND_HOST } from './host';
import { useCollapsed } from './useCollapsed';
import { usePanelPage } from './usePanelPage';
import { useReportHeight } from './useReportHeight';

type Props = { hello: Promise<PanelHello>; heardAtHello: number; initial?: PanelHello | undefined };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "1 intro · 4 messages": what the panel holds, said even when it is collapsed. */
function summaryOf(page: PanelHello | null): string {
  const view = page?.view;
  if (!view) return '';
  return `${plural(view.intros.length, 'intro', 'intros')} · ${plural(view.suggestions.length, 'message', 'messages')}`;
}

/** The panel in LinkedIn's page, beside the profile: the shared cards (components/panel/), hosted through the background and guarded. */
export function PanelApp({ hello, heardAtHello, initial }: Props) {
  const page = usePanelPage(hello, heardAtHello, initial);
  const [collapsed, setCollapsed] = useCollapsed();
  useReportHeight();
  const theme = page?.theme ?? 'light';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const profile = page?.snapshot ?? null;
  const key = profile ? `${profile.kind}:${profile.slug}` : '';
  // A visit starts when the panel first shows this prospect; what the rep did before it can be asked about.
  const visitStart = useMemo(() => new Date(), [key]);
  const summary = summaryOf(page);
  return (
    <PanelHostContext.Provider value={BACKGROUND_HOST}>
      <main class={collapsed ? 'panel collapsed' : 'panel'} data-testid="wl-panel" aria-label="Warmline">
        <PanelHeader profile={profile} known={page !== null} collapsed={collapsed} summary={summary}>
          <button
            type="button"
            class="icon"
            aria-expanded={!collapsed}
            aria-label={collapsed ? `Expand Warmline${summary ? `: ${summary}` : ''}` : 'Collapse Warmline'}
            onClick={() => setCollapsed(!collapsed)}
          >
            <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
          </button>
        </PanelHeader>
        <GuardPrompt />
        {!collapsed && profile && page ? <Prospect key={key} profile={profile} view={page.view} viewError={page.viewError} visitStart={visitStart} /> : null}
        {!collapsed && page?.noProspect && !profile ? <NoProspect reason={page.noProspect} /> : null}
        {!collapsed && page && !profile && !page.noProspect ? <p class="muted pad">Reading this profile…</p> : null}
      </main>
    </PanelHostContext.Provider>
  );
}
