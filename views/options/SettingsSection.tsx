import { useState } from 'preact/hooks';
import { saveSettings } from '../../lib/db';
import { Settings } from '../../lib/model/settings';
import { useSettings } from '../../components/useSettings';
import { describedBy, FieldError } from '../../components/FieldError';
import { errorMessage } from '../../components/error-message';
import { TeamRoleNote } from './team/TeamRoleNote';

/** Who you are: your name signs messages and marks the relationships you flag; your role decides what this page leads with. */
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
type TextField = 'name' | 'email' | 'team' | 'utmSource' | 'utmMedium';

/** What is wrong with a field, as a sentence that says what to do. */
const FIELD_PROBLEM: Partial<Record<keyof Settings, string>> = {
  email: 'This is not an email address: leave it empty, or write it like name@example.com.',
  name: 'Keep your name to 200 characters.',
  team: 'Keep the team name to 200 characters.',
};

function SettingsForm({ stored }: { stored: Settings }) {
  const [draft, setDraft] = useState(stored);
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<Partial<Record<keyof Settings, string>>>({});

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = Settings.safeParse(draft);
    if (!parsed.success) {
      const found: Partial<Record<keyof Settings, string>> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof Settings;
        found[key] ??= FIELD_PROBLEM[key] ?? `${String(key)}: ${issue.message}.`;
      }
      setProblems(found);
      setMessage('Not saved: check the fields marked in red.');
      return;
    }
    setProblems({});
    // Only what this form edits: other settings (a policy's team) stay as stored.
    const patch: Partial<Settings> = {};
    for (const key of EDITABLE) Object.assign(patch, { [key]: parsed.data[key] });
    try {
      await saveSettings(patch);
      setMessage('Settings saved.');
    } catch (failure) {
      setMessage(`Not saved: ${errorMessage(failure)}`);
    }
  };
  const field = (name: TextField) => ({
    value: draft[name],
    onInput: (event: Event) => {
      setDraft({ ...draft, [name]: (event.target as HTMLInputElement).value });
      setProblems(({ [name]: _fixed, ...rest }) => rest);
    },
    ...describedBy(`settings-${name}-err`, problems[name]),
  });

  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">You</h2>
      <form onSubmit={save} class="grid" noValidate>
        <label>
          Your name
          <input data-testid="wl-settings-name" autocomplete="name" {...field('name')} />
          <FieldError id="settings-name-err" message={problems.name} />
        </label>
        <label>
          Email (optional)
          <input type="email" autocomplete="email" {...field('email')} />
          <FieldError id="settings-email-err" message={problems.email} />
        </label>
        <label>
          Team (optional)
          <input {...field('team')} />
          <FieldError id="settings-team-err" message={problems.team} />
        </label>
        <label>
          Role
          <select
            data-testid="wl-settings-role"
            aria-describedby="settings-role-hint"
            value={draft.role}
            onChange={(event) => setDraft({ ...draft, role: (event.target as HTMLSelectElement).value as Settings['role'] })}
          >
            <option value="rep">Sales rep</option>
            <option value="marketer">Marketer</option>
          </select>
          <span class="muted hint" id="settings-role-hint">
            {draft.role === 'rep'
              ? 'This page leads with your team’s packs and what you did; the library editor comes last.'
              : 'This page leads with the library editor: approve, schedule and retire what reps get.'}
          </span>
          <TeamRoleNote />
        </label>
        <label>
          Fiscal year starts in
          <select
            value={String(draft.fiscalYearStartMonth)}
            onChange={(event) => setDraft({ ...draft, fiscalYearStartMonth: Number((event.target as HTMLSelectElement).value) })}
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
          <button type="submit" class="primary" data-testid="wl-settings-save">
            Save
          </button>
        </div>
      </form>
      <p role="status" data-testid="wl-settings-status" class={message.startsWith('Not') ? 'error' : 'ok'}>
        {message}
      </p>
    </section>
  );
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
