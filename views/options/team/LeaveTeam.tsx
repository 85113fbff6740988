import { useState } from 'preact/hooks';
import { errorMessage } from '../../../components/error-message';
import { listWords } from '../../../components/words';
import type { TeamSession } from '../../../lib/model';
import { send } from '../../../lib/protocol/send';

/** Leaving: asked once more, saying what goes and what stays. */
export function LeaveTeam({ session }: { session: TeamSession }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState('');
  const teams = listWords(session.teams.map((team) => team.name));
  const leave = async () => {
    try {
      await send('team:leave');
    } catch (failure) {
      setError(`Not left: ${errorMessage(failure)}`);
    }
  };
  return (
    <section aria-labelledby="team-leave-h">
      <h2 id="team-leave-h">Leave</h2>
      {asking ? (
        <div class="confirm" role="group" aria-label={`Leave ${teams}?`}>
          <p>
            Leave {teams}? The team’s flags, notes and library go from this browser; the flags you made stay here, as yours. Changes still waiting to go
            out are dropped.
          </p>
          <div class="actions">
            <button type="button" class="danger primary" data-testid="wl-team-leave-confirm" onClick={() => void leave()}>
              Leave {teams}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Stay
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="danger" data-testid="wl-team-leave" onClick={() => setAsking(true)}>
            Leave the team
          </button>
        </div>
      )}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
