import { listWords } from '../words';
import type { Share, StoredRelationship, TeamSession } from '../../lib/model';
import { FLAG_FORM_ID } from './FlagFormView';

type Props = {
  session: TeamSession;
  /** The flag being edited, if any. */
  editing: StoredRelationship | undefined;
  value: Share;
  onChange(share: Share): void;
};

/**
 * Who sees this flag, in a team: the user's teams (the default) or only the user. A flag made
 * before joining stays in this browser until it is shared from the Team tab.
 */
export function ShareSelect({ session, editing, value, onChange }: Props) {
  const teams = listWords(session.teams.map((team) => team.name));
  if (editing && editing.meta.origin.kind !== 'team') {
    return (
      <p class="muted small" data-testid="wl-flag-share-local">
        This flag is kept in this browser only. <a href="/options.html#team" target="_blank" rel="noopener">Share it with {teams}</a> from the Team tab.
      </p>
    );
  }
  return (
    <label class="share">
      Who sees this flag
      <select form={FLAG_FORM_ID} name="share" data-testid="wl-flag-share" value={value} onChange={(e) => onChange(e.currentTarget.value === 'private' ? 'private' : 'team')}>
        <option value="team">{teams} (shared)</option>
        <option value="private">Only me (private)</option>
      </select>
    </label>
  );
}
