import { useState } from 'preact/hooks';
import { saveSettings } from '../../../lib/db';
import { errorMessage } from '../../../components/error-message';

/** Asks once for the approver's name (it is saved in Settings and recorded on each approval). */
export function ApproverPrompt({ onDone }: { onDone(name: string | undefined): void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Type your name: it is recorded as the approver.');
      return;
    }
    try {
      await saveSettings({ name: trimmed });
      onDone(trimmed);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form class="card wl-lib-approver" data-testid="wl-lib-approver" onSubmit={submit} aria-labelledby="wl-lib-approver-h">
      <h3 id="wl-lib-approver-h">Who is approving?</h3>
      <label>
        Your name (recorded on the approval and saved in Settings)
        <input
          data-testid="wl-lib-approver-name"
          autoFocus
          autocomplete="name"
          value={name}
          onInput={(event) => setName((event.target as HTMLInputElement).value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'wl-lib-approver-err' : undefined}
          onKeyDown={(event) => event.key === 'Escape' && onDone(undefined)}
        />
      </label>
      {error ? (
        <p class="error" id="wl-lib-approver-err">
          {error}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary" data-testid="wl-lib-approver-confirm">
          Approve
        </button>
        <button type="button" onClick={() => onDone(undefined)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
