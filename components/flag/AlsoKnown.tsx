import { relationshipsByKeys } from '../../lib/db';
import { isMine } from '../../lib/flags/mine';
import { profileKeys } from '../../lib/identity/keys';
import { rankWarmIntros } from '../../lib/match/warm-intros';
import type { ProfileSnapshot } from '../../lib/model';
import { useAsync } from '../hooks';
import { introSentence, STRENGTH_WORDS } from '../words';

type Props = { snapshot: ProfileSnapshot; userName: string; version: number };

/** Teammates who already know this person or company: a marketer flagging them should know. */
export function AlsoKnown({ snapshot, userName, version }: Props) {
  const { value: others } = useAsync(async () => {
    const hints = rankWarmIntros(snapshot, await relationshipsByKeys(profileKeys(snapshot)));
    return hints.filter((hint) => !isMine(hint.relationship, userName));
  }, [snapshot.slug, userName, version]);
  if (!others?.length) return null;
  const first = snapshot.firstName ?? snapshot.fullName?.split(/\s+/)[0];
  return (
    <section class="also-known" aria-labelledby="also-known-h" data-testid="wl-also-known">
      <h2 id="also-known-h">Also known by</h2>
      <ul>
        {others.slice(0, 3).map(({ relationship: rel }) => (
          <li key={rel.id} data-testid="wl-also-known-item">
            <strong>{rel.knownBy.name}</strong>
            {rel.knownBy.team ? <span class="muted"> · {rel.knownBy.team}</span> : null}: {introSentence(rel, first)}{' '}
            <span class="muted">{STRENGTH_WORDS[rel.strength]}.</span>
          </li>
        ))}
      </ul>
      {others.length > 3 ? <p class="muted small">…and {others.length - 3} more.</p> : null}
    </section>
  );
}
