import type { Segment } from '../lib/personalize';

/** A personalised body: values as text, unknown values visibly marked, never markup. */
export function PersonalizedText({ segments }: { segments: Segment[] }) {
  return (
    <p class="body">
      {segments.map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : segment.kind === 'token' ? (
          <span key={index} class="filled">
            {segment.value}
          </span>
        ) : (
          <mark key={index} class="gap" title={`Unknown ${segment.token}: fill it in before sending`}>
            [{segment.token}?]
          </mark>
        ),
      )}
    </p>
  );
}
