import { useEffect, useState } from 'preact/hooks';
import type { ProfileSnapshot } from '../../lib/model/profile';
import type { PendingVerdict } from '../../lib/protocol/replies';
import { VerdictBar } from '../VerdictBar';
import { usePanelHost } from './host';

const ACTION_WORDS: Partial<Record<PendingVerdict['action'], string>> = { copy: 'copied', insert: 'inserted' };

function ago(iso: string, now: Date): string {
  const days = Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
  if (days < 1) return 'earlier today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

type Props = { profile: ProfileSnapshot; firstName: string | undefined; visitStart: Date };

/**
 * "Did it land?", asked on the visit after the rep used an item with this prospect: by then a
 * reply may have come. Right after Copy nothing was sent yet, so nothing is asked then.
 */
export function PendingVerdicts({ profile, firstName, visitStart }: Props) {
  const host = usePanelHost();
  const [pending, setPending] = useState<PendingVerdict[]>([]);
  useEffect(() => {
    let live = true;
    host.pendingVerdicts(profile, visitStart).then(
      (uses) => live && setPending(uses),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [profile.slug, visitStart]);
  if (!pending.length) return null;
  const now = new Date();
  return (
    <section class="verdicts" aria-labelledby="wl-verdicts-h" data-testid="wl-verdicts">
      <h2 id="wl-verdicts-h">Did it land?</h2>
      <ul class="list">
        {pending.map((use) => (
          <li key={use.contentId} class="card verdict" data-testid="wl-verdict" data-content-id={use.contentId}>
            <p>
              You {ACTION_WORDS[use.action] ?? 'used'} <strong>{use.title}</strong> {firstName ? `for ${firstName} ` : ''}
              {ago(use.at, now)}.
            </p>
            <VerdictBar
              title={use.title}
              record={(input) => host.recordVerdict(profile, use.contentId, input)}
              undo={(feedbackId) => host.undoVerdict(feedbackId)}
              guard={host.guard}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
