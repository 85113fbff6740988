import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { DemoSection } from './DemoSection';
import { ExportSection } from './ExportSection';
import { GuardrailsSection } from './GuardrailsSection';
import { ImportSection } from './ImportSection';
import { InsightsSection } from './insights/InsightsSection';
import { LibrarySection } from './library/LibrarySection';
import { SettingsSection } from './SettingsSection';
import { SubscriptionSection } from './SubscriptionSection';

type Tab = { id: string; label: string; sections: ComponentType[] };

// Each feature adds its sections here; the hash (#packs) keeps the tab across reloads.
const TABS: Tab[] = [
  { id: 'library', label: 'Library', sections: [LibrarySection] },
  { id: 'packs', label: 'Packs', sections: [ImportSection, SubscriptionSection, ExportSection, DemoSection] },
  { id: 'insights', label: 'Insights', sections: [InsightsSection, GuardrailsSection] },
  { id: 'settings', label: 'Settings', sections: [SettingsSection] },
];

export function OptionsApp() {
  const [tab, setTab] = useState(() => TABS.find((t) => `#${t.id}` === location.hash)?.id ?? TABS[0]!.id);
  useEffect(() => {
    history.replaceState(null, '', `#${tab}`);
  }, [tab]);
  const current = TABS.find((t) => t.id === tab) ?? TABS[0]!;
  return (
    <div class="options">
      <header>
        <h1>Warmline</h1>
        <p class="muted">Approved messaging and warm intros beside every LinkedIn profile.</p>
        <nav aria-label="Sections">
          <ul class="tabs">
            {TABS.map((t) => (
              <li key={t.id}>
                <a
                  href={`#${t.id}`}
                  aria-current={t.id === tab ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    setTab(t.id);
                  }}
                >
                  {t.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {current.sections.map((Section, index) => (
          <Section key={`${current.id}-${index}`} />
        ))}
      </main>
    </div>
  );
}
