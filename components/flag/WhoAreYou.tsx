import { useState } from 'preact/hooks';
import { errorMessage } from '../error-message';
import { describedBy, FieldError } from '../FieldError';
import { saveSettings } from '../../lib/db';
import { Settings } from '../../lib/model/settings';

/** First use: the name (and optionally email and team) that every flag is held under. */
export function WhoAreYou() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [team, setTeam] = useState('');
  const [errors, setErrors] = useState<{ name?: string; email?: string; form?: string }>({});

  const submit = async (event: Event) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!name.trim()) next.name = 'Enter your name: reps see it on every warm intro you flag.';
    if (email.trim() && !Settings.shape.email.safeParse(email.trim()).success) next.email = 'That does not look like an email address.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      await saveSettings({ name: name.trim(), email: email.trim(), team: team.trim() });
    } catch (e) {
      setErrors({ form: `Could not save: ${errorMessage(e)}` });
    }
  };

  return (
    <form class="you" onSubmit={submit} data-testid="wl-you-form" noValidate>
      <h2>First, who are you?</h2>
      <p class="muted">Reps see your name on the relationships you flag, so they know whom to ask. Asked once.</p>
      <label>
        Your name
        <input
          data-testid="wl-you-name"
          autocomplete="name"
          required
          autoFocus
          value={name}
          {...describedBy('you-name-error', errors.name)}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
      </label>
      <FieldError id="you-name-error" message={errors.name} />
      <label>
        Email <span class="muted">(optional)</span>
        <input
          type="email"
          autocomplete="email"
          value={email}
          {...describedBy('you-email-error', errors.email)}
          onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
        />
      </label>
      <FieldError id="you-email-error" message={errors.email} />
      <label>
        Team <span class="muted">(optional)</span>
        <input value={team} onInput={(e) => setTeam((e.target as HTMLInputElement).value)} />
      </label>
      {errors.form ? <p class="error" role="alert">{errors.form}</p> : null}
      <div class="actions">
        <button type="submit" class="primary" data-testid="wl-you-save">
          Continue
        </button>
      </div>
    </form>
  );
}
