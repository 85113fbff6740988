import { useState } from 'preact/hooks';
import { saveSettings } from '../../lib/db';
import { Settings } from '../../lib/model/settings';
import { useSettings } from '../../components/useSettings';

/** Who you are: your name signs messages and marks the relationships you flag. */
export function SettingsSection() {
  const [settings, loaded] = useSettings();
  // The form starts from the stored settings: typing before they load would be overwritten.
  return loaded ? (
    <SettingsForm stored={settings} />
  ) : (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">You</h2>
      <p class="muted">Loading…</p>
    </section>
  );
}

const EDITABLE = ['name', 'email', 'team', 'role', 'fiscalYearStartMonth', 'utmSource', 'utmMedium'] as const;

function SettingsForm({ stored }: { stored: Settings }) {
  const [draft, setDraft] = useState(stored);
  const [message, setMessage] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = Settings.safeParse(draft);
    if (!parsed.success) {
      setMessage(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
      return;
    }
    // Only what this form edits: other settings (a policy's team) stay as stored.
    const patch: Partial<Settings> = {};
    for (const key of EDITABLE) Object.assign(patch, { [key]: parsed.data[key] });
    await saveSettings(patch);
    setMessage('Settings saved.');
  };
  const field = (name: 'name' | 'email' | 'team' | 'utmSource' | 'utmMedium') => ({
    value: draft[name],
    onInput: (event: Event) => setDraft({ ...draft, [name]: (event.target as HTMLInputElement).value }),
  });

  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">You</h2>
      <form onSubmit={save} class="grid">
        <label>
          Your name
          <input data-testid="wl-settings-name" autocomplete="name" {...field('name')} />
        </label>
        <label>
          Email (optional)
          <input type="email" autocomplete="email" {...field('email')} />
        </label>
        <label>
          Team (optional)
          <input {...field('team')} />
        </label>
        <label>
          Role
          <select
            value={draft.role}
            onChange={(event) => setDraft({ ...draft, role: (event.target as HTMLSelectElement).value as Settings['role'] })}
          >
            <option value="rep">Sales rep</option>
            <option value="marketer">Marketer</option>
          </select>
        </label>
        <label>
          Fiscal year starts in
          <select
            value={String(draft.fiscalYearStartMonth)}
            onChange={(event) =>
              setDraft({ ...draft, fiscalYearStartMonth: Number((event.target as HTMLSelectElement).value) })
            }
          >
            {MONTHS.map((month, index) => (
              <option key={month} value={String(index + 1)}>
                {month}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tracked links: utm_source
          <input {...field('utmSource')} />
        </label>
        <label>
          Tracked links: utm_medium
          <input {...field('utmMedium')} />
        </label>
        <div class="actions">
          <button type="submit" class="primary">
            Save
          </button>
        </div>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
