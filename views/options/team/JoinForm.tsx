import { useState } from 'preact/hooks';
import { describedBy, FieldError } from '../../../components/FieldError';
import { errorMessage } from '../../../components/error-message';
import type { TeamEnded, TeamPolicy } from '../../../lib/model';
import { send } from '../../../lib/protocol/send';

type Problem = { field: 'url' | 'code' | 'form'; message: string };

/** This browser's label in the user's list of signed-in browsers. */
function deviceLabel(): string {
  const agent = navigator.userAgent;
  const browser = /Firefox\//.test(agent) ? 'Firefox' : /Edg\//.test(agent) ? 'Edge' : 'Chrome';
  const system = /Windows/.test(agent) ? 'Windows' : /Mac OS X/.test(agent) ? 'macOS' : /Linux/.test(agent) ? 'Linux' : '';
  return system ? `${browser} on ${system}` : browser;
}

/**
 * Joining: the server's address (the administrator's, when a policy sets it) and an invite code,
 * or a device code from another browser of the same person. The background does the asking.
 */
export function JoinForm({ policy, ended }: { policy: TeamPolicy; ended: TeamEnded | undefined }) {
  const managed = policy.serverUrl;
  const [url, setUrl] = useState(managed ?? ended?.server ?? '');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  const join = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const outcome = await send('team:join', { server: managed ?? url, code, device: deviceLabel() });
      if (!outcome.ok) setProblem({ field: outcome.field, message: outcome.message });
    } catch (error) {
      setProblem({ field: 'form', message: `Could not join: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const status = busy ? 'Joining…' : problem?.message ?? ended?.message ?? 'Not in a team: Warmline works from this browser alone (and packs).';
  return (
    <form class="team-join" onSubmit={join} noValidate>
      <p role="status" aria-live="polite" data-testid="wl-team-status" class={problem ? 'error' : ended?.reason === 'revoked' ? 'warn' : 'muted'}>
        {status}
      </p>
      <label>
        Team server address
        <input
          type="text"
          inputMode="url"
          data-testid="wl-team-url"
          placeholder="https://warmline.example.com"
          value={managed ?? url}
          readOnly={Boolean(managed)}
          onInput={(e) => setUrl(e.currentTarget.value)}
          {...describedBy('team-url-err', problem?.field === 'url' ? problem.message : undefined, managed ? 'team-url-managed' : 'team-url-hint')}
        />
      </label>
      {managed ? (
        <p class="muted hint" id="team-url-managed" data-testid="wl-team-url-managed">
          Set by your administrator.
        </p>
      ) : (
        <p class="muted hint" id="team-url-hint">https:// for a server elsewhere; http:// only for one on this computer (127.0.0.1 or localhost).</p>
      )}
      <FieldError id="team-url-err" message={problem?.field === 'url' ? problem.message : undefined} />
      <label>
        Invite or device code
        <input
          type="text"
          autocomplete="off"
          spellcheck={false}
          data-testid="wl-team-code"
          placeholder="wli_… or wld_…"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
          {...describedBy('team-code-err', problem?.field === 'code' ? problem.message : undefined)}
        />
      </label>
      <FieldError id="team-code-err" message={problem?.field === 'code' ? problem.message : undefined} />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-testid="wl-team-join">
          {busy ? 'Joining…' : 'Join'}
        </button>
      </div>
      <p class="muted small">
        Joining asks for no new permission. Your token stays in Warmline’s own storage in this browser; LinkedIn’s pages never see it.
      </p>
    </form>
  );
}
