import { useTeam } from '../../../components/useTeam';
import { DeviceCode } from './DeviceCode';
import { JoinForm } from './JoinForm';
import { LeaveTeam } from './LeaveTeam';
import { ShareBeforeJoining } from './ShareBeforeJoining';
import { TeamConflicts } from './TeamConflicts';
import { TeamStatus } from './TeamStatus';
import './team.css';

/**
 * Warmline Team (options.html#team): join with the server's address and a code; once in, the
 * connection, what waits to go out, the flags from before joining to share, conflicts, another
 * browser, and leaving. What goes to the server is said where it is chosen.
 */
export function TeamSection() {
  const team = useTeam();
  const session = team?.session;
  return (
    <section aria-labelledby="team-h" data-testid="wl-team">
      <h2 id="team-h">Your team</h2>
      <p class="muted">
        With Warmline Team, your company’s own server shares flags, the approved library and feedback between the people of a team. Without it, Warmline
        works from this browser and packs.
      </p>
      {!team ? <p class="muted">Loading…</p> : null}
      {team && !session ? <JoinForm policy={team.policy} ended={team.ended} /> : null}
      {team && session ? (
        <>
          <TeamStatus team={team} session={session} />
          <ShareBeforeJoining session={session} />
          <TeamConflicts conflicts={team.conflicts} />
          <DeviceCode />
          <LeaveTeam session={session} />
        </>
      ) : null}
    </section>
  );
}
