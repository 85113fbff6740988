import { useEffect } from 'preact/hooks';
import type { PanelHello } from '../../lib/protocol/replies';
import { NoProspect } from './NoProspect';
import { profileLine } from './profile-line';
import { Prospect } from './Prospect';
import { useCollapsed } from './useCollapsed';
import { usePanelPage } from './usePanelPage';

type Props = { hello: Promise<PanelHello>; heardAtHello: number; initial?: PanelHello | undefined };

export function PanelApp({ hello, heardAtHello, initial }: Props) {
  const page = usePanelPage(hello, heardAtHello, initial);
  const [collapsed, setCollapsed] = useCollapsed();
  const theme = page?.theme ?? 'light';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const profile = page?.snapshot ?? null;
  return (
    <main class="panel" data-testid="wl-panel" aria-label="Warmline">
      <header class="head">
        <div class="who">
          <span class="brand">Warmline</span>
          <h1 data-testid="wl-profile-name">{profile?.fullName ?? (page ? profile?.slug ?? '' : '')}</h1>
          {profile && !collapsed ? (
            <p class="muted line" data-testid="wl-profile-line">{profileLine(profile)}</p>
          ) : null}
        </div>
        <button
          type="button"
          class="icon"
          aria-expanded={!collapsed}
          aria-label={collapsed ? 'Expand Warmline' : 'Collapse Warmline'}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? '▸' : '▾'}
        </button>
      </header>
      {!collapsed && profile && page ? <Prospect profile={profile} page={page} /> : null}
      {!collapsed && page?.noProspect && !profile ? <NoProspect reason={page.noProspect} /> : null}
      {!collapsed && page && !profile && !page.noProspect ? <p class="muted pad">Reading this profile…</p> : null}
    </main>
  );
}
