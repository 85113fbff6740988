import { useTeamSession } from '../../../components/useTeam';

/** In a team, its server's role decides what the options page leads with: said beside Settings' role. */
export function TeamRoleNote() {
  const [session] = useTeamSession();
  if (!session) return null;
  return (
    <p class="muted hint" data-testid="wl-settings-team-role">
      In your team your role is <strong>{session.user.role}</strong>, set on the team server: it decides what this page leads with, whatever is chosen here.
    </p>
  );
}
