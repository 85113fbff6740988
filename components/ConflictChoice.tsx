import { useState } from 'preact/hooks';
import { conflictDifferences, theirsLabel } from '../lib/sync/conflict-diff';
import { resolveConflict, type ConflictChoice as Choice } from '../lib/sync/conflicts';
import type { ContentItem, Relationship, TeamConflict } from '../lib/model';
import { errorMessage } from './error-message';

type Props = {
  conflict: TeamConflict;
  /** The version kept here (undefined when it was deleted here). */
  mine: Relationship | ContentItem | undefined;
  /** What the record is called, for the buttons' labels. */
  title: string;
};

const REASON: Record<TeamConflict['reason'], string> = {
  changed: 'Changed on the team server since you edited it here (on another browser, or by an admin).',
  deleted: 'Deleted on the team server since you edited it here.',
  'other-origin': 'The team has a record with the same id as one kept here (from a pack, or made here); the one here was kept.',
};

/**
 * A conflict where the record is edited: both versions, what differs, and the choice. Nothing is
 * replaced until the user chooses.
 */
export function ConflictChoice({ conflict, mine, title }: Props) {
  const [message, setMessage] = useState('');
  const differences = conflictDifferences(conflict, mine);
  const keepLabel = conflict.reason === 'other-origin' ? 'Keep the one here' : conflict.mineDeleted ? 'Delete it after all' : 'Keep mine';
  const choose = async (choice: Choice) => {
    try {
      await resolveConflict(conflict.key, choice);
    } catch (error) {
      setMessage(`Not done: ${errorMessage(error)}`);
    }
  };
  return (
    <div class="conflict" role="group" aria-label={`Conflict: ${title}`} data-testid="wl-conflict" data-conflict-key={conflict.key}>
      <p>
        <strong>Two versions.</strong> {REASON[conflict.reason]}
      </p>
      {differences.length ? (
        <table class="conflict-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">{conflict.mineDeleted ? 'Here (deleted)' : 'Here (yours)'}</th>
              <th scope="col">{theirsLabel(conflict)}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((difference) => (
              <tr key={difference.field}>
                <th scope="row">{difference.field}</th>
                <td data-testid="wl-conflict-mine">{difference.mine}</td>
                <td data-testid="wl-conflict-theirs">{difference.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">Both versions say the same; choose either.</p>
      )}
      <div class="actions">
        <button type="button" data-testid="wl-conflict-keep-mine" aria-label={`${keepLabel}: ${title}`} onClick={() => void choose('mine')}>
          {keepLabel}
        </button>
        <button type="button" data-testid="wl-conflict-take-theirs" aria-label={`Take the server's version: ${title}`} onClick={() => void choose('theirs')}>
          {conflict.theirs ? "Take the server's version" : 'Let it go'}
        </button>
      </div>
      {message ? (
        <p class="error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
