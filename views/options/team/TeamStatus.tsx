import { useState } from 'preact/hooks';
import { errorMessage } from '../../../components/error-message';
import type { TeamView } from '../../../components/useTeam';
import { listWords } from '../../../components/words';
import { updateTeamSync } from '../../../lib/db';
import type { TeamSession } from '../../../lib/model';
import { send } from '../../../lib/protocol/send';
import { hostOf } from '../../../lib/sync/server-url';

const ROLE_WORDS = { rep: 'rep', marketer: 'marketer', admin: 'admin' } as const;

/** "10:42:07, 2 minutes ago". */
function when(iso: string | undefined, now: number): string {
  if (!iso) return 'not yet';
  const at = new Date(iso);
  const seconds = Math.max(0, Math.round((now - at.getTime()) / 1000));
  const ago = seconds < 10 ? 'just now' : seconds < 90 ? `${seconds} seconds ago` : `${Math.round(seconds / 60)} minutes ago`;
  return `${at.toLocaleTimeString()}, ${ago}`;
}

function waitingWords(n: number): string {
  if (n === 0) return 'Nothing is waiting to go out.';
  return `${n} ${n === 1 ? 'change is' : 'changes are'} waiting to go out.`;
}

/** Connected or not, to which team, as whom; the last sync; what waits to go out; "Sync now". */
export function TeamStatus({ team, session }: { team: TeamView; session: TeamSession }) {
  const [syncing, setSyncing] = useState(false);
  const [said, setSaid] = useState('');
  const problem = team.sync?.problem;
  const teams = listWords(session.teams.map((t) => t.name));
  const now = Date.now();

  const syncNow = async () => {
    setSyncing(true);
    setSaid('');
    try {
      const outcome = await send('team:sync');
      setSaid(outcome.ok ? `Synced: ${outcome.sent} sent, ${outcome.pages} ${outcome.pages === 1 ? 'page' : 'pages'} pulled.` : (outcome.message ?? 'Not synced.'));
    } catch (error) {
      setSaid(`Not synced: ${errorMessage(error)}`);
    } finally {
      setSyncing(false);
    }
  };

  return (
    <div class="team-status card">
      <p role="status" data-testid="wl-team-status" class={problem ? 'warn' : 'ok'} data-connected={problem ? 'false' : 'true'}>
        {problem ? (
          <>
            <strong>Not connected</strong> to {teams} since {when(problem.since, now)}. {problem.message}
          </>
        ) : (
          <>
            <strong>Connected</strong> to {teams} on {hostOf(session.server)}.
          </>
        )}
      </p>
      <dl class="team-facts">
        <div>
          <dt>You</dt>
          <dd data-testid="wl-team-you">
            {session.user.name}, {ROLE_WORDS[session.user.role]}
          </dd>
        </div>
        <div>
          <dt>Last sync</dt>
          <dd data-testid="wl-team-last-sync">{when(team.sync?.lastSyncAt, now)}</dd>
        </div>
        <div>
          <dt>Waiting to go out</dt>
          <dd data-testid="wl-team-waiting" data-count={team.waiting}>
            {waitingWords(team.waiting)}
          </dd>
        </div>
      </dl>
      <div class="actions">
        <button type="button" data-testid="wl-team-sync-now" disabled={syncing} onClick={() => void syncNow()}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        <span role="status" class="muted" data-testid="wl-team-sync-result">
          {said}
        </span>
      </div>
      {team.sync?.refused.length ? (
        <div class="refused" data-testid="wl-team-refused">
          <p class="warn">The server did not take these changes (they stay as they were on the server):</p>
          <ul>
            {team.sync.refused.map((refused, i) => (
              <li key={i}>
                <strong>{refused.label}</strong>: {refused.message}
              </li>
            ))}
          </ul>
          <button type="button" class="link" onClick={() => void updateTeamSync((state) => ({ ...state, refused: [] }))}>
            Got it
          </button>
        </div>
      ) : null}
    </div>
  );
}
