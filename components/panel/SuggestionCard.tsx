import { useId, useRef, useState } from 'preact/hooks';
import { guardrailFor, withDisclosure, type GuardrailMap } from '../../lib/actions/guardrails';
import type { Suggestion } from '../../lib/match/suggest';
import type { ContentItem } from '../../lib/model/content';
import { personalize, type TokenValues } from '../../lib/personalize';
import { finalText, gapsIn, prospectTokensIn, publicValues, type TypedValues } from '../../lib/personalize/gaps';
import { PersonalizedText } from '../PersonalizedText';
import { KIND_WORDS, tokenWords } from '../words';
import type { Confirmation, PanelActions } from './actions';
import { ActionRow, type RowAction } from './ActionRow';
import { GapFields } from './GapFields';

// What the second confirmation asks, where the browser cannot tell what the rep sees (views/panel/guard/).
const INSERT = { question: 'Insert this message into the LinkedIn message you have open?', answer: 'Yes, insert' };
const SHARE = { question: 'Open LinkedIn\'s post box with this post?', answer: 'Yes, share' };

type Props = {
  suggestion: Pick<Suggestion, 'item'> & Partial<Pick<Suggestion, 'reasons'>>;
  /** Token values for this prospect and the rep. */
  values: TokenValues;
  /** What the rep typed into gaps, shared by every card for this prospect. */
  typed: TypedValues;
  onType(token: string, value: string): void;
  actions: PanelActions;
  /** Marketing's local guardrails (disclosure, copy-only). */
  guardrails: GuardrailMap;
  /** Search results reuse the card under their own test id. */
  testId?: string;
};

function listed(tokens: string[]): string {
  const words = tokens.map((token) => tokenWords(token).toLowerCase());
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : (words[0] ?? '');
}

/** Why there is no Share button, when the item has a link to share. */
function noShareReason(item: ContentItem, noPublicShare: boolean): string | undefined {
  if (!item.url) return undefined;
  if (noPublicShare) return 'Not for public posts: copy or insert it into a private message.';
  const named = prospectTokensIn(item.body);
  return named.length ? `Not for a public post: it names one person (${listed(named)}). Copy or insert it into a message instead.` : undefined;
}

/**
 * One suggested item, folded to its title, why it was suggested and two lines until opened. Its
 * gaps are filled in place; Copy, Insert and Share refuse until they are, so nothing with a gap
 * leaves the panel. A public post takes only the rep's own values, never the prospect's.
 */
export function SuggestionCard({ suggestion, values, typed, onType, actions, guardrails, testId = 'wl-suggestion' }: Props) {
  const { item, reasons = [] } = suggestion;
  const guardrail = guardrailFor(item, guardrails);
  const [open, setOpen] = useState(false);
  const [flagged, setFlagged] = useState<string[]>([]);
  const card = useRef<HTMLLIElement>(null);
  const id = useId();
  const segments = personalize(item.body, values);
  const gaps = gapsIn(segments);
  const notShared = noShareReason(item, guardrail.noPublicShare);

  /** The text to send, or a refusal that points at the first empty gap. */
  const sendWith = (textOf: () => ReturnType<typeof finalText>, act: (text: string) => Promise<Confirmation>) => async (): Promise<Confirmation> => {
    const text = textOf();
    if (!text.ok) {
      setFlagged(text.missing);
      card.current?.querySelector<HTMLInputElement>(`[data-token="${text.missing[0]}"]`)?.focus();
      return { tone: 'warn', short: 'Fill in first', detail: `Fill in ${listed(text.missing)} first: nothing with a gap leaves the panel.` };
    }
    return act(withDisclosure(text.text, guardrail.disclosure));
  };

  const rowActions: RowAction[] = [
    { key: 'copy', label: 'Copy', testId: 'wl-copy', ariaLabel: `Copy: ${item.title}`, run: sendWith(() => finalText(segments, typed), (text) => actions.copy(text, item.id)) },
    {
      key: 'insert',
      label: 'Insert in message',
      testId: 'wl-insert',
      ariaLabel: `Insert in message: ${item.title}`,
      primary: true,
      sendsText: INSERT,
      run: sendWith(() => finalText(segments, typed), (text) => actions.insert(text, item.id)),
    },
  ];
  if (item.url && !notShared) {
    const url = item.url;
    // A public post: the rep's own values only; the prospect's never go into it.
    const shared = personalize(item.body, publicValues(values));
    rowActions.push({
      key: 'share',
      label: 'Share',
      testId: 'wl-share',
      ariaLabel: `Share as a LinkedIn post: ${item.title}`,
      sendsText: SHARE,
      run: sendWith(() => finalText(shared, typed), (text) => actions.share({ id: item.id, url }, text)),
    });
  }

  return (
    <li class="card suggestion" data-testid={testId} data-content-id={item.id} ref={card}>
      <div class="card-head">
        <h3 class="title">{item.title}</h3>
        <span class="badge">{KIND_WORDS[item.kind]}</span>
        <button
          type="button"
          class="icon fold"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          aria-label={`${open ? 'Fold' : 'Open'}: ${item.title}`}
          data-testid="wl-fold"
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
      </div>
      {reasons.length ? (
        <p class="reasons" aria-label="Why this was suggested">
          {reasons.join(' · ')}
        </p>
      ) : null}
      <PersonalizedText segments={segments} typed={typed} folded={!open} id={`${id}-body`} />
      {open && item.salesNote ? <p class="sales-note">{item.salesNote}</p> : null}
      {guardrail.disclosure ? (
        <p class="disclosure" data-testid="wl-disclosure">
          Added to what you send: {guardrail.disclosure}
        </p>
      ) : null}
      {gaps.length ? <GapFields gaps={gaps} typed={typed} onType={onType} flagged={flagged} idPrefix={id} /> : null}
      <ActionRow actions={rowActions} />
      {notShared ? (
        <p class="note" data-testid={guardrail.noPublicShare ? 'wl-copy-only' : 'wl-not-public'}>
          {notShared}
        </p>
      ) : null}
    </li>
  );
}
