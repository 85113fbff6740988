import { ConflictChoice } from '../../../components/ConflictChoice';
import { useAsync, useStoreVersion } from '../../../components/hooks';
import { useTeamSession } from '../../../components/useTeam';
import { getConflict, type StoreName } from '../../../lib/db';
import { recordKey, type StoredContent } from '../../../lib/model';

const STORES: StoreName[] = ['conflicts'];

/**
 * In the editor, for an item of the team's library: whose library it is, that a save goes to the
 * team server, or (a rep) that it is only to read; and both versions when it is in conflict.
 */
export function TeamItemNote({ item, readOnly }: { item: StoredContent; readOnly: boolean }) {
  const [session] = useTeamSession();
  const version = useStoreVersion(STORES);
  const { value: conflict } = useAsync(() => getConflict(recordKey('content', item.id)), [item.id, version]);
  if (item.meta.origin.kind !== 'team') return null;
  const library = item.meta.team?.team;
  const teamName = library === null ? 'every team' : (session?.teams.find((team) => team.id === library)?.name ?? 'your team');
  return (
    <>
      <p class="muted" data-testid="wl-lib-team-note">
        {readOnly
          ? `In the library of ${teamName}, from your team server: only its marketers change it.`
          : `In the library of ${teamName}: a save goes to your team server, and its reps get it once it is approved.`}
      </p>
      {conflict ? <ConflictChoice conflict={conflict} mine={item} title={item.title} /> : null}
    </>
  );
}
