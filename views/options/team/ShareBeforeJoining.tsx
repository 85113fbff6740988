import { useMemo, useState } from 'preact/hooks';
import { errorMessage } from '../../../components/error-message';
import { useAsync, useStoreVersion } from '../../../components/hooks';
import { useSettings } from '../../../components/useSettings';
import { listWords } from '../../../components/words';
import { listRelationshipsNotFromTeam, updateTeamSession, type StoreName } from '../../../lib/db';
import { flagTitle, isMine } from '../../../lib/flags/mine';
import type { TeamSession } from '../../../lib/model';
import { shareFlags } from '../../../lib/sync/local-writes';

const STORES: StoreName[] = ['relationships'];

/**
 * The user's flags kept in this browser only (made before joining, or brought in from a file of
 * their own): they stay here until the user picks which to share with the team. Nothing of them
 * is uploaded without that choice.
 */
export function ShareBeforeJoining({ session }: { session: TeamSession }) {
  const [settings] = useSettings();
  const version = useStoreVersion(STORES);
  // Only the flags not from the team: a first sync announces each page, and the team's pages must not make this read them all again.
  const { value: all } = useAsync(listRelationshipsNotFromTeam, [version]);
  const mine = useMemo(() => (all ?? []).filter((rel) => isMine(rel, settings.name || session.user.name)), [all, settings.name]);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [said, setSaid] = useState('');
  const teams = listWords(session.teams.map((team) => team.name));
  if (!all || (mine.length === 0 && !said)) return null;

  const share = async () => {
    try {
      const shared = await shareFlags(mine.filter((rel) => picked.has(rel.id)));
      await updateTeamSession({ sharedChoiceMade: true });
      setPicked(new Set());
      setSaid(`${shared} ${shared === 1 ? 'flag is' : 'flags are'} now shared with ${teams}.`);
    } catch (error) {
      setSaid(`Not shared: ${errorMessage(error)}`);
    }
  };
  const keep = async () => {
    await updateTeamSession({ sharedChoiceMade: true });
    setSaid('Your flags from before joining stay in this browser only. You can share them here at any time.');
  };
  const toggle = (id: string) => setPicked((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  const body = (
    <>
      <p>
        {mine.length === 1 ? 'This flag of yours is' : `These ${mine.length} flags of yours are`} only in this browser (made before you joined, or brought
        in from a file). Pick the ones to share with {teams}; the rest stay here.
      </p>
      <label class="inline">
        <input
          type="checkbox"
          data-testid="wl-team-share-all"
          checked={picked.size === mine.length}
          onChange={(e) => setPicked(e.currentTarget.checked ? new Set(mine.map((rel) => rel.id)) : new Set())}
        />
        Pick all {mine.length}
      </label>
      <ul class="list share-list">
        {mine.map((rel) => (
          <li key={rel.id}>
            <label class="inline">
              <input type="checkbox" data-testid="wl-team-share-pick" data-flag-id={rel.id} checked={picked.has(rel.id)} onChange={() => toggle(rel.id)} />
              {flagTitle(rel)}
              {rel.company?.name && rel.scope === 'person' ? <span class="muted"> · {rel.company.name}</span> : null}
            </label>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="primary" data-testid="wl-team-share" disabled={picked.size === 0} onClick={() => void share()}>
          Share {picked.size || ''} with {teams}
        </button>
        {!session.sharedChoiceMade ? (
          <button type="button" data-testid="wl-team-share-none" onClick={() => void keep()}>
            Keep them all in this browser
          </button>
        ) : null}
      </div>
    </>
  );
  return (
    <section aria-labelledby="team-share-h" data-testid="wl-team-share-section">
      <h2 id="team-share-h">Your flags in this browser only</h2>
      {mine.length && !session.sharedChoiceMade ? body : null}
      {mine.length && session.sharedChoiceMade ? (
        <details>
          <summary>Share some of them ({mine.length} in this browser only)</summary>
          {body}
        </details>
      ) : null}
      <p role="status" class="muted" data-testid="wl-team-share-result">
        {said}
      </p>
    </section>
  );
}
