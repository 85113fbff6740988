import { useEffect, useMemo } from 'preact/hooks';
import type { PanelHello } from '../../lib/protocol/replies';
import { GuardPrompt } from './guard/GuardPrompt';
import { NoProspect } from './NoProspect';
import { profileLine } from './profile-line';
import { Prospect } from './Prospect';
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
  // What the page says they do, without repeating the name (a company page's company is its name).
  return (
    <main class={collapsed ? 'panel collapsed' : 'panel'} data-testid="wl-panel" aria-label="Warmline">
      <header class="head">
        <div class="who">
          <span class="brand">Warmline</span>
          <h1 data-testid="wl-profile-name">{profile?.fullName ?? (page ? profile?.slug ?? '' : '')}</h1>
          {profile && !collapsed ? (
            <p class="about" data-testid="wl-profile-line">
              {profileLine(profile)}
            </p>
          ) : null}
          {collapsed && summary ? (
            <p class="summary" data-testid="wl-summary">
              {summary}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          class="icon"
          aria-expanded={!collapsed}
          aria-label={collapsed ? `Expand Warmline${summary ? `: ${summary}` : ''}` : 'Collapse Warmline'}
          onClick={() => setCollapsed(!collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
        </button>
      </header>
      <GuardPrompt />
      {!collapsed && profile && page ? <Prospect key={key} profile={profile} page={page} visitStart={visitStart} /> : null}
      {!collapsed && page?.noProspect && !profile ? <NoProspect reason={page.noProspect} /> : null}
      {!collapsed && page && !profile && !page.noProspect ? <p class="muted pad">Reading this profile…</p> : null}
    </main>
  );
}
