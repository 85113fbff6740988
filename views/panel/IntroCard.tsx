import { useState } from 'preact/hooks';
import { introMailto, introRequestNote } from '../../lib/actions/intro-request';
import type { IntroHint } from '../../lib/match/warm-intros';
import type { ProfileSnapshot } from '../../lib/model/profile';
import { RELATION_WORDS, STRENGTH_WORDS } from '../../components/words';

const MATCH_LABEL: Record<IntroHint['match'], string> = {
  exact: 'Exact match',
  likely: 'Likely match: same name and company',
  company: 'Knows people at this company',
};

type Props = {
  hint: IntroHint;
  profile: ProfileSnapshot;
  senderName: string;
  onAsk(hint: IntroHint): void;
  onCopy(text: string, what: string): void;
};

export function IntroCard({ hint, profile, senderName, onAsk, onCopy }: Props) {
  const rel = hint.relationship;
  const [asking, setAsking] = useState(false);
  const note = introRequestNote(rel, profile, senderName);
  const mailto = introMailto(rel, profile, senderName);
  const who = rel.scope === 'company' ? rel.company?.name : rel.person?.name;
  const ask = () => {
    setAsking(true);
    onAsk(hint);
  };
  return (
    <li class="card intro" data-testid="wl-intro" data-match={hint.match}>
      <div class="row">
        <strong>{rel.knownBy.name}</strong>
        {rel.knownBy.team ? <span class="muted"> · {rel.knownBy.team}</span> : null}
        <span class={`badge match-${hint.match}`}>{MATCH_LABEL[hint.match]}</span>
      </div>
      <p>
        {RELATION_WORDS[rel.relation]}
        {who ? ` · ${who}` : ''}
      </p>
      <p class="strength" aria-label={`Strength ${rel.strength} of 5: ${STRENGTH_WORDS[rel.strength]}`}>
        <span aria-hidden="true">{'●'.repeat(rel.strength) + '○'.repeat(5 - rel.strength)}</span>{' '}
        {STRENGTH_WORDS[rel.strength]}
      </p>
      {rel.howWeKnow ? <p>{rel.howWeKnow}</p> : null}
      {rel.notes ? <p class="notes">{rel.notes}</p> : null}
      {hint.readiness.answered > 0 ? (
        <details class="readiness">
          <summary>
            {hint.readiness.label} ({hint.readiness.score}/4)
          </summary>
          <ul>
            {hint.readiness.points.map((point) => (
              <li key={point.key} class={`point ${point.value}`}>
                {point.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p class="muted">{rel.canIntro ? 'Happy to introduce' : 'Has not offered to introduce'}</p>
      {asking ? (
        <div class="ask">
          <label>
            Note to {rel.knownBy.name}
            <textarea readOnly rows={6} value={note} />
          </label>
          <div class="actions">
            <button type="button" onClick={() => onCopy(note, 'Intro request')}>
              Copy note
            </button>
            {mailto ? (
              <a class="button" href={mailto} target="_blank" rel="noopener noreferrer">
                Email {rel.knownBy.name}
              </a>
            ) : null}
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" data-testid="wl-ask-intro" onClick={ask}>
            Ask {rel.knownBy.name.split(/\s+/)[0]} for an intro
          </button>
        </div>
      )}
    </li>
  );
}
