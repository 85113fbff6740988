import { useTeamSession } from '../../../components/useTeam';
import { AuditLog } from './AuditLog';
import { InviteForm } from './InviteForm';
import { PeopleTable } from './PeopleTable';
import { usePeople } from './useAdmin';
import './admin.css';

/** options.html#admin: the team server's people, invites and audit log, for its admins. */
export function AdminSection() {
  const [session, loaded] = useTeamSession();
  if (!loaded) return <p class="muted">Loading…</p>;
  if (session?.user.role !== 'admin') {
    return (
      <section aria-labelledby="admin-h">
        <h2 id="admin-h">Admin</h2>
        <p class="muted">This tab is for your team server’s admins: they invite people, change roles and teams, sign people out, and read the audit log.</p>
      </section>
    );
  }
  return <Admin me={session.user.id} />;
}

function Admin({ me }: { me: string }) {
  const people = usePeople();
  return (
    <div data-testid="wl-admin">
      <section aria-labelledby="admin-invite-h">
        <h2 id="admin-invite-h">Invite someone</h2>
        <InviteForm teams={people.teams} onInvited={people.reload} />
      </section>
      <section aria-labelledby="admin-people-h">
        <h2 id="admin-people-h">People</h2>
        {people.error ? (
          <p class="error" role="alert">
            {people.error}
          </p>
        ) : null}
        <PeopleTable users={people.users} teams={people.teams} me={me} onChanged={people.reload} />
        <p class="muted small">
          Teams: {people.teams.map((team) => `${team.name} (${team.members})`).join(', ') || 'none yet'}. A role or team change makes that person’s Warmline
          pull again; signing out and removing take the team’s data off their browsers.
        </p>
      </section>
      <section aria-labelledby="admin-audit-h">
        <h2 id="admin-audit-h">Audit log</h2>
        <AuditLog />
      </section>
    </div>
  );
}
