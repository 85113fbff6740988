import { ConflictChoice } from '../ConflictChoice';
import { flagTitle } from '../../lib/flags/mine';
import type { StoredRelationship, TeamConflict } from '../../lib/model';

/**
 * The user's flags that changed on the team server while they edited them here (another browser
 * of theirs, an admin): both versions, and the choice, above the list of flags.
 */
export function FlagConflicts({ conflicts, all }: { conflicts: readonly TeamConflict[]; all: readonly StoredRelationship[] | undefined }) {
  const flags = conflicts.filter((conflict) => conflict.kind === 'relationship');
  if (flags.length === 0) return null;
  const byId = new Map((all ?? []).map((rel) => [rel.id, rel]));
  return (
    <section class="flag-conflicts" aria-labelledby="flag-conflicts-h" data-testid="wl-flag-conflicts">
      <h2 id="flag-conflicts-h">Flags with two versions ({flags.length})</h2>
      {flags.map((conflict) => {
        const mine = byId.get(conflict.id);
        const theirs = conflict.theirs?.kind === 'relationship' ? conflict.theirs.record : undefined;
        const title = mine ? flagTitle(mine) : (theirs?.person?.name ?? theirs?.company?.name ?? conflict.id);
        return <ConflictChoice key={conflict.key} conflict={conflict} mine={mine} title={title} />;
      })}
    </section>
  );
}
