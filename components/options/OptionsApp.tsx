import { DemoSection } from './DemoSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { SettingsSection } from './SettingsSection';

export function OptionsApp() {
  return (
    <main class="options">
      <header>
        <h1>Warmline</h1>
        <p class="muted">Approved messaging and warm intros beside every LinkedIn profile.</p>
      </header>
      <SettingsSection />
      <ImportSection />
      <ExportSection />
      <DemoSection />
    </main>
  );
}
