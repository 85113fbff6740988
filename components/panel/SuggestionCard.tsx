import { personalize, segmentsToText, type Segment } from '../../lib/personalize';
import type { Suggestion } from '../../lib/match/suggest';
import type { Token } from '../../lib/model/content';
import { PersonalizedText } from '../PersonalizedText';

const KIND_LABEL: Record<string, string> = {
  message: 'Message',
  post: 'Post',
  'talking-point': 'Talking point',
  objection: 'Objection answer',
  faq: 'FAQ',
};

type Props = {
  suggestion: Pick<Suggestion, 'item'> & Partial<Pick<Suggestion, 'reasons'>>;
  values: Partial<Record<Token, string>>;
  onCopy(text: string, itemId: string): void;
  onInsert(text: string, itemId: string): void;
  onShare(itemId: string): void;
  /** Search results reuse the card under their own test id. */
  testId?: string;
};

export function SuggestionCard({ suggestion, values, onCopy, onInsert, onShare, testId = 'wl-suggestion' }: Props) {
  const { item, reasons = [] } = suggestion;
  const segments: Segment[] = personalize(item.body, values);
  const text = segmentsToText(segments);
  const gaps = segments.filter((segment) => segment.kind === 'gap').length;
  return (
    <li class="card suggestion" data-testid={testId} data-content-id={item.id}>
      <div class="row">
        <strong>{item.title}</strong>
        <span class="badge">{KIND_LABEL[item.kind] ?? item.kind}</span>
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
      {gaps ? <p class="warn">{gaps === 1 ? 'One value is' : `${gaps} values are`} unknown: fill the marked gaps in.</p> : null}
      <div class="actions">
        <button type="button" data-testid="wl-copy" onClick={() => onCopy(text, item.id)}>
          Copy
        </button>
        <button type="button" data-testid="wl-insert" onClick={() => onInsert(text, item.id)}>
          Insert in message
        </button>
        {item.url ? (
          <button type="button" data-testid="wl-share" onClick={() => onShare(item.id)}>
            Share
          </button>
        ) : null}
      </div>
    </li>
  );
}
