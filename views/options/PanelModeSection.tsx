import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { chosenPanelMode, readPanelMode, watchPanelMode, type PanelModeSetting } from '../../lib/browser-storage/panel-mode';
import type { PanelMode } from '../../lib/model/vocabulary';
import { errorMessage } from '../../components/error-message';

/** Firefox calls it the sidebar. */
const SIDE = 'sidebarAction' in browser ? 'sidebar' : 'side panel';

const CHOICES: Record<PanelMode, string> = {
  page: 'Beside the profile, in LinkedIn’s page',
  'side-panel': `In the browser’s ${SIDE} (nothing of Warmline in LinkedIn’s page)`,
};

const AFTER: Record<PanelMode, string> = {
  page: 'Saved. Open LinkedIn tabs show the panel beside the profile now; the toolbar button opens the flag form.',
  'side-panel': `Saved. Open LinkedIn tabs drop the panel now; Warmline’s toolbar button opens the ${SIDE}, which follows the tab you are on.`,
};

/**
 * Where the rep's panel shows: in LinkedIn's page (the default) or in the browser's side panel,
 * which the page cannot see or reach. It applies at once, in every open LinkedIn tab; an
 * administrator's policy sets it and locks it.
 */
export function PanelModeSection() {
  const [setting, setSetting] = useState<PanelModeSetting>();
  const [message, setMessage] = useState('');
  useEffect(() => {
    readPanelMode().then(setSetting, (failure: unknown) => setMessage(`Could not read this setting: ${errorMessage(failure)}`));
    return watchPanelMode(setSetting);
  }, []);

  const choose = async (mode: PanelMode) => {
    try {
      await chosenPanelMode.set(mode);
      setMessage(AFTER[mode]);
    } catch (failure) {
      setMessage(`Not saved: ${errorMessage(failure)}`);
    }
  };

  return (
    <section aria-labelledby="panel-mode-h">
      <h2 id="panel-mode-h">Where Warmline shows</h2>
      <label>
        The panel with intros and messages
        <select
          data-testid="wl-panel-mode"
          aria-describedby="panel-mode-hint"
          disabled={!setting || setting.setByPolicy}
          value={setting?.mode ?? 'page'}
          onChange={(event) => void choose((event.target as HTMLSelectElement).value as PanelMode)}
        >
          {(Object.keys(CHOICES) as PanelMode[]).map((mode) => (
            <option key={mode} value={mode}>
              {CHOICES[mode]}
            </option>
          ))}
        </select>
        <span class="muted hint" id="panel-mode-hint">
          In the {SIDE}, LinkedIn’s page holds nothing of Warmline: LinkedIn cannot see it, cover it or tell you use it, and it stays open
          as you go from profile to profile.
        </span>
      </label>
      {setting?.setByPolicy ? (
        <p class="muted" data-testid="wl-panel-mode-managed">
          Set by your administrator.
        </p>
      ) : null}
      <p role="status" data-testid="wl-panel-mode-status" class={message.startsWith('Not') || message.startsWith('Could') ? 'error' : 'ok'}>
        {message}
      </p>
    </section>
  );
}
