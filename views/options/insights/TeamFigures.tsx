import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../../components/error-message';
import { listWords } from '../../../components/words';
import { listContent } from '../../../lib/db';
import type { Insights } from '../../../lib/insights/aggregate';
import { insightsFromTeam } from '../../../lib/insights/team';
import type { TeamSession } from '../../../lib/model';
import { send } from '../../../lib/protocol/send';

type Props = { session: TeamSession; render(insights: Insights): preact.ComponentChildren };

/** The team's figures from its server (every rep's activity and feedback), drawn by the same view as this browser's. */
export function TeamFigures({ session, render }: Props) {
  const [insights, setInsights] = useState<Insights>();
  const [error, setError] = useState('');
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [reply, content] = await Promise.all([send('team:insights', {}), listContent()]);
        if (!live) return;
        if (!reply.ok) return setError(reply.error);
        setError('');
        setInsights(insightsFromTeam(reply.insights, content));
      } catch (failure) {
        if (live) setError(errorMessage(failure));
      }
    })();
    return () => {
      live = false;
    };
  }, [asked]);
  return (
    <div data-testid="wl-team-insights" data-loaded={insights ? 'true' : 'false'}>
      <p class="muted">
        Every rep of {listWords(session.teams.map((team) => team.name))}, counted by your team server.{' '}
        <button type="button" class="link" data-testid="wl-team-insights-refresh" onClick={() => setAsked((n) => n + 1)}>
          Refresh
        </button>
      </p>
      {error ? (
        <p class="error" role="alert">
          Could not read the team’s figures: {error}
        </p>
      ) : null}
      {insights ? render(insights) : error ? null : <p class="muted">Loading the team’s figures…</p>}
    </div>
  );
}
