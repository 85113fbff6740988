import { useMemo, useState } from 'preact/hooks';
import { recordFeedback, undoFeedback } from '../../../lib/actions/feedback';
import { linkedInUrl } from '../../../lib/insights/activity-csv';
import { awaitingVerdicts, type AwaitingVerdict } from '../../../lib/insights/verdicts';
import type { Activity, Feedback } from '../../../lib/model/activity';
import type { ProfileSnapshot } from '../../../lib/model/profile';
import type { FeedbackOutcome } from '../../../lib/protocol/replies';
import { errorMessage } from '../../../components/error-message';
import { VerdictBar, type VerdictInput } from '../../../components/VerdictBar';

type Props = {
  activities: readonly Activity[];
  feedback: readonly Feedback[];
  titles: ReadonlyMap<string, string>;
  actor: string;
};

const keyOf = (use: AwaitingVerdict) => `${use.contentId}\u0000${use.profileSlug}`;

/** The prospect as the verdict records it: who it was, from what the use recorded. */
function prospectOf(use: AwaitingVerdict): ProfileSnapshot {
  return {
    kind: use.profileKind,
    slug: use.profileSlug,
    url: linkedInUrl(use.profileKind, use.profileSlug),
    ...(use.profileName ? { fullName: use.profileName } : {}),
    cues: [],
  };
}

/**
 * Messages copied or inserted for a prospect that no verdict followed yet: "Did it land?" asked
 * here, when the rep can know. A row answered stays on view with its Undo until the page reloads.
 */
export function AwaitingVerdicts({ activities, feedback, titles, actor }: Props) {
  const waiting = useMemo(() => awaitingVerdicts(activities, feedback, { now: new Date() }).filter((use) => titles.has(use.contentId)), [activities, feedback, titles]);
  const [answered, setAnswered] = useState<ReadonlyMap<string, AwaitingVerdict>>(new Map());
  const rows = [...waiting.filter((use) => !answered.has(keyOf(use))), ...answered.values()].sort((a, b) => b.at.localeCompare(a.at));

  if (!rows.length) return null;
  return (
    <section class="awaiting" aria-labelledby="awaiting-h" data-testid="wl-awaiting-verdicts">
      <h3 id="awaiting-h">Did they land?</h3>
      <p class="muted">Messages you copied or inserted, waiting for you to say how they went.</p>
      <ul class="list">
        {rows.map((use) => {
          const title = titles.get(use.contentId) ?? use.contentId;
          const record = async (input: VerdictInput): Promise<FeedbackOutcome> => {
            try {
              const { feedback: kept } = await recordFeedback(input, prospectOf(use), { contentId: use.contentId, ...(actor ? { actor } : {}) });
              return { ok: true, feedbackId: kept.id };
            } catch (failure) {
              return { ok: false, error: errorMessage(failure) };
            }
          };
          return (
            <li key={keyOf(use)} class="card" data-testid="wl-awaiting" data-content-id={use.contentId} data-profile={use.profileSlug}>
              <p>
                <strong>{title}</strong> for {use.profileName ?? use.profileSlug}, {use.action === 'insert' ? 'inserted' : 'copied'}{' '}
                {new Date(use.at).toLocaleDateString()}.
              </p>
              <VerdictBar
                title={title}
                record={record}
                undo={(feedbackId) => undoFeedback(feedbackId)}
                onChange={(given) =>
                  setAnswered((current) => {
                    const next = new Map(current);
                    if (given) next.set(keyOf(use), use);
                    else next.delete(keyOf(use));
                    return next;
                  })
                }
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
