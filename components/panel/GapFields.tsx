import { SENDER_TOKENS, type TypedValues } from '../../lib/personalize/gaps';
import { tokenWords } from '../words';

type Props = {
  /** The card's gaps, each once, in order. */
  gaps: string[];
  typed: TypedValues;
  onType(token: string, value: string): void;
  /** Gaps the rep tried to send without filling. */
  flagged: readonly string[];
  /** Ids unique to the card. */
  idPrefix: string;
};

/**
 * The values this message still needs, filled in place before it can leave the panel. What the
 * rep types fills the same gap in every card for this prospect. A missing sender name also links
 * to Settings, where it is set once.
 */
export function GapFields({ gaps, typed, onType, flagged, idPrefix }: Props) {
  const needsSender = gaps.some((token) => (SENDER_TOKENS as readonly string[]).includes(token));
  return (
    <fieldset class="gaps" data-testid="wl-gaps">
      <legend>Fill in before sending</legend>
      {gaps.map((token) => {
        const id = `${idPrefix}-gap-${token}`;
        return (
          <div class="gap-field" key={token}>
            <label for={id}>{tokenWords(token)}</label>
            <input
              id={id}
              data-testid="wl-gap"
              data-token={token}
              autocomplete="off"
              value={typed[token] ?? ''}
              aria-invalid={flagged.includes(token) && !typed[token]?.trim() ? true : undefined}
              onInput={(event) => onType(token, event.currentTarget.value)}
            />
          </div>
        );
      })}
      {needsSender ? (
        <p class="hint">
          Warmline does not know your name yet.{' '}
          <a href="options.html#settings" target="_blank" rel="noopener" data-testid="wl-set-name">
            Set it once in Settings
          </a>
          .
        </p>
      ) : null}
    </fieldset>
  );
}
