import { useState } from 'preact/hooks';
import { guardrailFor, withDisclosure, type GuardrailMap } from '../../lib/actions/guardrails';
import type { Suggestion } from '../../lib/match/suggest';
import type { ContentItem, Token } from '../../lib/model/content';
import type { ProfileSnapshot } from '../../lib/model/profile';
import { personalize, segmentsToText, type Segment } from '../../lib/personalize';
import { PersonalizedText } from '../../components/PersonalizedText';
import { KIND_WORDS } from '../../components/words';
import { lazyComponent } from './lazy';

// Shown only after the rep used the item: its code loads then, out of the first paint.
const FeedbackBar = lazyComponent(() => import('./FeedbackBar').then((module) => module.FeedbackBar));

type Props = {
  suggestion: Pick<Suggestion, 'item'> & Partial<Pick<Suggestion, 'reasons'>>;
  values: Partial<Record<Token, string>>;
  onCopy(text: string, itemId: string): void | Promise<void>;
  onInsert(text: string, itemId: string): void | Promise<void>;
  /** `commentary` is the personalised body with any required disclosure. */
  onShare(item: ContentItem, commentary: string): void | Promise<void>;
  /** Marketing's local guardrails (disclosure, copy-only). */
  guardrails: GuardrailMap;
  /** With a profile, the card asks "Did it land?" once the rep has used it. */
  profile?: ProfileSnapshot;
  /** Search results reuse the card under their own test id. */
  testId?: string;
};

export function SuggestionCard({ suggestion, values, onCopy, onInsert, onShare, guardrails, profile, testId = 'wl-suggestion' }: Props) {
  const { item, reasons = [] } = suggestion;
  const guardrail = guardrailFor(item, guardrails);
  const [used, setUsed] = useState(false);
  const segments: Segment[] = personalize(item.body, values);
  const text = withDisclosure(segmentsToText(segments), guardrail.disclosure);
  const gaps = segments.filter((segment) => segment.kind === 'gap').length;
  const use = (action: () => void | Promise<void>) => async () => {
    await action();
    setUsed(true);
  };
  return (
    <li class="card suggestion" data-testid={testId} data-content-id={item.id}>
      <div class="row">
        <strong>{item.title}</strong>
        <span class="badge">{KIND_WORDS[item.kind]}</span>
        {guardrail.noPublicShare ? <span class="badge" data-testid="wl-copy-only">Not for public posts</span> : null}
      </div>
      {reasons.length ? (
        <ul class="reasons" aria-label="Why this was suggested">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {item.salesNote ? <p class="sales-note">{item.salesNote}</p> : null}
      <PersonalizedText segments={segments} />
      {guardrail.disclosure ? (
        <p class="disclosure muted" data-testid="wl-disclosure">
          Added to what you copy, insert or share: {guardrail.disclosure}
        </p>
      ) : null}
      {gaps ? <p class="warn">{gaps === 1 ? 'One value is' : `${gaps} values are`} unknown: fill the marked gaps in.</p> : null}
      <div class="actions">
        <button type="button" data-testid="wl-copy" onClick={use(() => onCopy(text, item.id))}>
          Copy
        </button>
        <button type="button" data-testid="wl-insert" onClick={use(() => onInsert(text, item.id))}>
          Insert in message
        </button>
        {item.url && !guardrail.noPublicShare ? (
          <button type="button" data-testid="wl-share" onClick={use(() => onShare(item, text))}>
            Share
          </button>
        ) : null}
      </div>
      {used && profile ? <FeedbackBar contentId={item.id} profile={profile} /> : null}
    </li>
  );
}
