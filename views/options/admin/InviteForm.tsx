import { useEffect, useState } from 'preact/hooks';
import { ROLES, type AdminTeam, type Role } from '../../../lib/model';
import { adminRequest } from './useAdmin';

const ROLE_WORDS: Record<Role, string> = { rep: 'Rep', marketer: 'Marketer', admin: 'Admin' };

/** An invite code for a new person: their team (a new name makes the team), role and name. */
export function InviteForm({ teams, onInvited }: { teams: AdminTeam[]; onInvited(): void }) {
  const [team, setTeam] = useState(teams[0]?.name ?? '');
  const [role, setRole] = useState<Role>('rep');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [said, setSaid] = useState<{ code?: string; text: string; error?: boolean }>();
  // The server's teams come after the form: the first one is the default team.
  useEffect(() => {
    if (!team && teams[0]) setTeam(teams[0].name);
  }, [teams]);

  const invite = async (event: Event) => {
    event.preventDefault();
    if (!team.trim() || !name.trim()) return setSaid({ text: 'Give the team and the person’s name.', error: true });
    const reply = await adminRequest({ kind: 'invite', invite: { team: team.trim(), role, name: name.trim(), ...(email.trim() ? { email: email.trim() } : {}) } });
    if (!reply.ok) return setSaid({ text: reply.error, error: true });
    if (reply.kind !== 'invite') return;
    setSaid({ code: reply.code, text: `Send this to ${name.trim()} with the server’s address; it works once, until ${new Date(reply.expiresAt).toLocaleString()}.` });
    setName('');
    setEmail('');
    onInvited();
  };

  return (
    <form class="grid" onSubmit={invite} noValidate>
      <label>
        Team
        <input list="admin-teams" data-testid="wl-admin-invite-team" value={team} onInput={(e) => setTeam(e.currentTarget.value)} />
        <datalist id="admin-teams">
          {teams.map((t) => (
            <option key={t.id} value={t.name} />
          ))}
        </datalist>
      </label>
      <label>
        Role
        <select data-testid="wl-admin-invite-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_WORDS[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Name
        <input data-testid="wl-admin-invite-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        Email (optional)
        <input type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="submit" class="primary" data-testid="wl-admin-invite">
          Make an invite code
        </button>
      </div>
      <p role="status" class={said?.error ? 'error' : ''}>
        {said?.code ? (
          <>
            <code class="code" data-testid="wl-admin-invite-code">
              {said.code}
            </code>{' '}
          </>
        ) : null}
        {said?.text}
      </p>
    </form>
  );
}
