import { ConflictChoice } from '../../../components/ConflictChoice';
import { useAsync } from '../../../components/hooks';
import { getContent, getRelationship } from '../../../lib/db';
import { flagTitle } from '../../../lib/flags/mine';
import type { StoredContent, StoredRelationship, TeamConflict } from '../../../lib/model';

type Kept = { flag?: StoredRelationship; item?: StoredContent };

async function keptHere(conflict: TeamConflict): Promise<Kept> {
  if (conflict.kind === 'relationship') return { flag: await getRelationship(conflict.id) };
  if (conflict.kind === 'content') return { item: await getContent(conflict.id) };
  return {};
}

/** One conflict with the record kept here, read fresh. */
function Row({ conflict }: { conflict: TeamConflict }) {
  const { value: kept } = useAsync(() => keptHere(conflict), [conflict.key, conflict.at, conflict.theirs?.version]);
  const mine = kept?.flag ?? kept?.item;
  const theirs = conflict.theirs?.record as { title?: string } | undefined;
  const title = kept?.flag ? flagTitle(kept.flag) : (kept?.item?.title ?? theirs?.title ?? conflict.id);
  return (
    <li data-testid="wl-team-conflict">
      <h3>
        {conflict.kind === 'relationship' ? 'Flag' : 'Library item'}: {title}
      </h3>
      <ConflictChoice conflict={conflict} mine={mine} title={title} />
    </li>
  );
}

/** Every conflict waiting for a choice (each also shows where its record is edited). */
export function TeamConflicts({ conflicts }: { conflicts: readonly TeamConflict[] }) {
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="team-conflicts-h">
      <h2 id="team-conflicts-h">Two versions to choose between ({conflicts.length})</h2>
      <ul class="list">
        {conflicts.map((conflict) => (
          <Row key={conflict.key} conflict={conflict} />
        ))}
      </ul>
    </section>
  );
}
