import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { EDITOR_ROLES, type Role } from '../../lib/model/team';
import type { Settings } from '../../lib/model/settings';
import { useSettings } from '../../components/useSettings';
import { useTeamSession } from '../../components/useTeam';
import { AdminSection } from './admin/AdminSection';
import { DemoSection } from './DemoSection';
import { ExportSection } from './ExportSection';
import { GetStarted } from './GetStarted';
import { GuardrailsSection } from './GuardrailsSection';
import { ImportSection } from './ImportSection';
import { InsightsSection } from './insights/InsightsSection';
import { LibrarySection } from './library/LibrarySection';
import { PanelModeSection } from './PanelModeSection';
import { SettingsSection } from './SettingsSection';
import { SubscriptionSection } from './SubscriptionSection';
import { TeamSection } from './team/TeamSection';
import { TeamLibraryPacks } from './team/TeamLibraryPacks';
import { hasLibrary, useSetup, type Setup } from './useSetup';

type TabId = 'start' | 'library' | 'packs' | 'team' | 'admin' | 'insights' | 'settings';
type Tab = { id: TabId; label: string; sections: ComponentType[] };

const TryTheDemo = () => <DemoSection />;

// Each feature adds its sections here; each tab has its hash (#packs), kept across reloads and in history.
const TABS: Record<TabId, Tab> = {
  start: { id: 'start', label: 'Get started', sections: [] },
  library: { id: 'library', label: 'Library', sections: [LibrarySection] },
  packs: { id: 'packs', label: 'Packs', sections: [TeamLibraryPacks, SubscriptionSection, ImportSection, ExportSection, TryTheDemo] },
  team: { id: 'team', label: 'Team', sections: [TeamSection] },
  admin: { id: 'admin', label: 'Admin', sections: [AdminSection] },
  insights: { id: 'insights', label: 'Insights', sections: [InsightsSection, GuardrailsSection] },
  settings: { id: 'settings', label: 'Settings', sections: [SettingsSection, PanelModeSection] },
};

/** Whether a tab for joining a Warmline Team server exists: the first run offers it only then. */
const TEAM_TAB = (Object.keys(TABS) as string[]).includes('team');

/**
 * What the page leads with. Until the user is named and has a library, the first run. Then a rep
 * needs their team's packs and what they did; editing the library is a marketer's tool, so it
 * leads for marketers and comes last for reps. In a team the server's role decides (an admin is
 * a marketer who also has the Admin tab); alone, the role in Settings does.
 */
function tabsFor(role: Settings['role'], setupDone: boolean, admin: boolean): Tab[] {
  const order: TabId[] =
    role === 'marketer' ? ['library', 'packs', 'insights', 'team', ...(admin ? (['admin'] as const) : []), 'settings', 'start'] : ['start', 'team', 'packs', 'insights', 'settings', 'library'];
  if (!setupDone) order.sort((a, b) => Number(b === 'start') - Number(a === 'start'));
  return order.map((id) => TABS[id]);
}

/** The role that decides the page: the team server's when in a team, else the one in Settings. */
function effectiveRole(settings: Settings, serverRole: Role | undefined): Settings['role'] {
  if (!serverRole) return settings.role;
  return EDITOR_ROLES.includes(serverRole) ? 'marketer' : 'rep';
}

function isSetUp(settings: Settings, setup: Setup | undefined): boolean {
  return Boolean(settings.name.trim()) && (setup === undefined || hasLibrary(setup));
}

const hashTab = (): TabId | undefined => (Object.keys(TABS) as TabId[]).find((id) => `#${id}` === location.hash);

export function OptionsApp() {
  const [settings, settingsLoaded] = useSettings();
  const [session, sessionLoaded] = useTeamSession();
  const setup = useSetup();
  const ready = settingsLoaded && sessionLoaded && setup !== undefined;
  const setupDone = isSetUp(settings, setup);
  const role = effectiveRole(settings, session?.user.role);
  const tabs = tabsFor(role, setupDone, session?.user.role === 'admin');
  const [tab, setTab] = useState<TabId | undefined>(hashTab);

  useEffect(() => {
    // Each tab is a history entry: the links change the hash, and Back comes here too.
    const follow = () => setTab(hashTab());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    // No tab in the address: the one this user needs first, without adding a history entry.
    if (ready && !tab) {
      const first = setupDone ? (role === 'marketer' ? 'library' : 'start') : 'start';
      history.replaceState(null, '', `#${first}`);
      setTab(first);
    }
  }, [ready, tab]);

  const current = tab ? TABS[tab] : undefined;
  return (
    <div class="options">
      <header>
        <h1>Warmline</h1>
        <p class="muted">Approved messaging and warm intros beside every LinkedIn profile.</p>
        <nav aria-label="Sections">
          <ul class="tabs">
            {tabs.map((t) => (
              <li key={t.id}>
                <a href={`#${t.id}`} aria-current={t.id === tab ? 'page' : undefined}>
                  {t.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {!current ? <p class="muted">Loading…</p> : null}
        {current?.id === 'start' && settingsLoaded ? <GetStarted settings={settings} setup={setup} teamTab={TEAM_TAB} /> : null}
        {current?.sections.map((Section, index) => (
          <Section key={`${current.id}-${index}`} />
        ))}
      </main>
    </div>
  );
}
