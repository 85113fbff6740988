import { useState } from 'preact/hooks';
import { ROLES, type AdminTeam, type AdminUser, type Role } from '../../../lib/model';
import { adminRequest } from './useAdmin';

type Props = { users: AdminUser[]; teams: AdminTeam[]; me: string; onChanged(): void };

/** One person: role, teams, sign-out everywhere, removal (their shared flags deleted or handed over). */
function Person({ user, teams, users, me, onChanged, say }: Omit<Props, 'users'> & { user: AdminUser; users: AdminUser[]; say(text: string): void }) {
  const [removing, setRemoving] = useState(false);
  const [transferTo, setTransferTo] = useState('');
  const run = async (op: Parameters<typeof adminRequest>[0], done: string) => {
    const reply = await adminRequest(op);
    say(reply.ok ? done : reply.error);
    if (reply.ok) onChanged();
  };
  const toggleTeam = (teamId: string) => {
    const next = user.teams.includes(teamId) ? user.teams.filter((id) => id !== teamId) : [...user.teams, teamId];
    if (next.length === 0) return say(`${user.name} must stay in at least one team: remove them instead.`);
    void run({ kind: 'change', userId: user.id, teams: next }, `${user.name}’s teams changed: their Warmline pulls again.`);
  };
  const others = users.filter((other) => other.id !== user.id && !other.removed);
  return (
    <tr data-testid="wl-admin-user" data-user-id={user.id}>
      <th scope="row">
        {user.name}
        {user.email ? <span class="muted small"> {user.email}</span> : null}
        {user.id === me ? <span class="muted small"> (you)</span> : null}
      </th>
      <td>
        <select
          aria-label={`Role of ${user.name}`}
          data-testid="wl-admin-role"
          value={user.role}
          disabled={user.removed}
          onChange={(e) => void run({ kind: 'change', userId: user.id, role: e.currentTarget.value as Role }, `${user.name} is now ${e.currentTarget.value}.`)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </td>
      <td>
        {teams.map((team) => (
          <label key={team.id} class="inline">
            <input type="checkbox" checked={user.teams.includes(team.id)} disabled={user.removed} onChange={() => toggleTeam(team.id)} aria-label={`${user.name} in ${team.name}`} />
            {team.name}
          </label>
        ))}
      </td>
      <td class="muted small">{user.removed ? 'removed' : user.lastSeenAt ? new Date(user.lastSeenAt).toLocaleString() : 'never'}</td>
      <td>
        {user.removed || user.id === me ? null : removing ? (
          <div class="confirm">
            <label>
              Their shared flags
              <select value={transferTo} onChange={(e) => setTransferTo(e.currentTarget.value)}>
                <option value="">Delete them</option>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    Give them to {other.name}
                  </option>
                ))}
              </select>
            </label>
            <div class="actions">
              <button
                type="button"
                class="danger primary"
                data-testid="wl-admin-remove-confirm"
                onClick={() =>
                  void run(
                    transferTo ? { kind: 'remove', userId: user.id, sharedFlags: 'transfer', transferTo } : { kind: 'remove', userId: user.id, sharedFlags: 'delete' },
                    `${user.name} was removed: signed out everywhere, their private flags deleted.`,
                  )
                }
              >
                Remove {user.name}
              </button>
              <button type="button" onClick={() => setRemoving(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div class="actions">
            <button type="button" data-testid="wl-admin-revoke" onClick={() => void run({ kind: 'revoke', userId: user.id }, `${user.name} is signed out on every browser.`)}>
              Sign out everywhere
            </button>
            <button type="button" class="danger" data-testid="wl-admin-remove" onClick={() => setRemoving(true)}>
              Remove…
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

export function PeopleTable({ users, teams, me, onChanged }: Props) {
  const [said, setSaid] = useState('');
  return (
    <>
      <table class="people" data-testid="wl-admin-people">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Teams</th>
            <th scope="col">Last seen</th>
            <th scope="col">Access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <Person key={user.id} user={user} users={users} teams={teams} me={me} onChanged={onChanged} say={setSaid} />
          ))}
        </tbody>
      </table>
      <p role="status" data-testid="wl-admin-status">
        {said}
      </p>
    </>
  );
}
