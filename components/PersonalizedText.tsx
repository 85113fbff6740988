import type { Segment } from '../lib/personalize';
import type { TypedValues } from '../lib/personalize/gaps';

type Props = {
  segments: Segment[];
  /** What the rep typed into gaps (the panel): shown in place of the marker. */
  typed?: TypedValues;
  /** Folded to its first lines until the reader opens it. */
  folded?: boolean;
  id?: string;
};

/** A personalised body: values as text, unknown values visibly marked, never markup. */
export function PersonalizedText({ segments, typed = {}, folded = false, id }: Props) {
  return (
    <p class={folded ? 'body folded' : 'body'} id={id}>
      <span class="text">
      {segments.map((segment, index) => {
        if (segment.kind === 'text') return segment.text;
        if (segment.kind === 'token') {
          return (
            <span key={index} class="filled">
              {segment.value}
            </span>
          );
        }
        const value = typed[segment.token]?.trim();
        return value ? (
          <span key={index} class="filled typed">
            {value}
          </span>
        ) : (
          <mark key={index} class="gap" title={`Unknown ${segment.token}: fill it in before sending`}>
            [{segment.token}?]
          </mark>
        );
      })}
      </span>
    </p>
  );
}
