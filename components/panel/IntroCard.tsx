import { useId, useState } from 'preact/hooks';
import { introMailto, introRequestNote } from '../../lib/actions/intro-request';
import type { IntroHint } from '../../lib/match/warm-intros';
import type { PanelIntro } from '../../lib/protocol/replies';
import type { ProfileSnapshot } from '../../lib/model/profile';
import { firstName, introSentence, STRENGTH_WORDS, whoseFlag } from '../words';
import type { PanelActions } from './actions';
import { guardMark } from '../button-guard';
import { ActionRow } from './ActionRow';
import { usePanelHost } from './host';
import { TeamIntroAsk } from './TeamIntroAsk';

const MATCH_LABEL: Record<IntroHint['match'], { text: string; title: string }> = {
  exact: { text: 'This person', title: 'Flagged on this very profile' },
  likely: { text: 'Likely this person', title: 'Same name and company as this profile, flagged without its link' },
  company: { text: 'Their company', title: 'Knows people at the company this person works for' },
};

type Props = {
  hint: PanelIntro;
  profile: ProfileSnapshot;
  /** The prospect's first name as messages use it. */
  prospectFirstName: string | undefined;
  senderName: string;
  actions: PanelActions;
};

/**
 * One teammate who knows this prospect, in a plain sentence: how, how well, and whether they will
 * introduce. Only a holder who agreed gets an Ask button. In a team, a teammate's flag is asked
 * through the server (./TeamIntroAsk.tsx); otherwise the note is one a person would send, and the
 * request counts once it leaves the panel (copied or emailed), not when the note is opened.
 */
export function IntroCard({ hint, profile, prospectFirstName, senderName, actions }: Props) {
  const rel = hint.relationship;
  const [asking, setAsking] = useState(false);
  const id = useId();
  const holder = firstName(rel.knownBy.name) ?? rel.knownBy.name;
  const note = introRequestNote(rel, profile, senderName);
  const mailto = introMailto(rel, profile, senderName);
  const match = profile.kind === 'company' && hint.match === 'company' ? { text: 'This company', title: 'Knows people at this company' } : MATCH_LABEL[hint.match];
  const hasDetails = Boolean(rel.notes || rel.howWeKnow) || hint.readiness.answered > 0;
  const { guard } = usePanelHost();
  // The email opens only through the guard (in LinkedIn's page, from a link the rep could see).
  const openEmail = guard.records(() => {
    if (!mailto) return;
    window.open(mailto, '_blank', 'noopener,noreferrer');
    void actions.emailIntroNote(rel.id, rel.knownBy.name);
  });

  return (
    <li class={`card intro${hint.best ? ' best' : ''}`} data-testid="wl-intro" data-match={hint.match} data-best={hint.best ? 'true' : undefined}>
      <h3 class="title">
        {rel.knownBy.name}
        {rel.knownBy.team ? <span class="muted team"> · {rel.knownBy.team}</span> : null}
      </h3>
      {hint.from ? (
        <p class="whose muted" data-testid="wl-intro-whose">
          {whoseFlag(hint.from)}
        </p>
      ) : null}
      <p class="badges">
        {hint.best ? <span class="badge badge-best">Best path</span> : null}
        <span class={`badge match-${hint.match}`} title={match.title}>
          {match.text}
        </span>
        {hint.stale ? (
          <span class="badge stale" data-testid="wl-intro-stale" title={`Not confirmed by ${rel.knownBy.name} since ${new Date(rel.confirmedAt ?? rel.updatedAt).toLocaleDateString()}: check before asking`}>
            May be stale
          </span>
        ) : null}
      </p>
      <p class="sentence">{introSentence(rel, prospectFirstName)}</p>
      {rel.howWeKnow ? (
        <p class="how" title={rel.howWeKnow}>
          “{rel.howWeKnow}”
        </p>
      ) : null}
      <p class="strength">
        <span class="dots" aria-label={`Strength ${rel.strength} of 5`} role="img">
          {'●'.repeat(rel.strength) + '○'.repeat(5 - rel.strength)}
        </span>{' '}
        {STRENGTH_WORDS[rel.strength]}
      </p>
      <p class={rel.canIntro ? 'willing' : 'muted'}>
        {rel.canIntro ? `${holder} is happy to introduce you.` : `${holder} has not offered to introduce.`}
      </p>
      {hasDetails ? (
        <details class="details">
          <summary>
            {hint.readiness.summary}
            {rel.notes ? ' · notes' : ''}
          </summary>
          {rel.howWeKnow ? <p>How they know each other: {rel.howWeKnow}</p> : null}
          {rel.notes ? <p class="notes">{rel.notes}</p> : null}
          {hint.readiness.answered > 0 ? (
            <ul class="readiness">
              {hint.readiness.points.map((point) => (
                <li key={point.key} class={`point ${point.value}`}>
                  {point.value === 'unknown' ? `${point.label}: not recorded` : point.text}
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      ) : (
        <p class="details muted">{hint.readiness.summary}</p>
      )}
      {hint.viaTeam ? <TeamIntroAsk hint={hint} profile={profile} /> : null}
      {!hint.viaTeam && rel.canIntro && !asking ? (
        <div class="actions">
          <button type="button" data-testid="wl-ask-intro" onClick={() => setAsking(true)}>
            Ask {holder} for an intro
          </button>
        </div>
      ) : null}
      {!hint.viaTeam && rel.canIntro && asking ? (
        <div class="ask">
          <label for={`${id}-note`}>Your note to {holder}</label>
          <textarea id={`${id}-note`} readOnly rows={7} value={note} data-testid="wl-intro-note" />
          <ActionRow
            actions={[
              { key: 'copy', label: 'Copy note', testId: 'wl-intro-copy', primary: true, run: () => actions.copyIntroNote(note, rel.id, rel.knownBy.name) },
            ]}
          >
            {mailto ? (
              <a
                class="button"
                href={mailto}
                target="_blank"
                rel="noopener noreferrer"
                data-testid="wl-intro-email"
                data-guard={guardMark(guard)}
                onClick={(event) => {
                  event.preventDefault();
                  openEmail(event);
                }}
              >
                Email {holder}
              </a>
            ) : null}
          </ActionRow>
        </div>
      ) : null}
    </li>
  );
}
