import type { NoProspect as Reason } from '../../lib/model/profile';

// What LinkedIn showed instead of a person, in the rep's words.
const WHY: Record<Reason, string> = {
  'not-found': 'LinkedIn shows no profile at this address: it does not exist, or is not public.',
  unavailable: 'LinkedIn says this profile is not available to you.',
  'hidden-member': 'LinkedIn hides this member’s name (“LinkedIn Member”), so Warmline cannot tell who it is.',
};

/** The panel on a profile address that shows nobody: no person, no intros, no suggestions. */
export function NoProspect({ reason }: { reason: Reason }) {
  return (
    <div class="content">
      <section class="empty" data-testid="wl-no-prospect" data-reason={reason} aria-labelledby="wl-no-prospect-h">
        <h2 id="wl-no-prospect-h">Nobody to look up here</h2>
        <p class="muted">{WHY[reason]}</p>
      </section>
    </div>
  );
}
