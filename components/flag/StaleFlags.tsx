import { useMemo, useState } from 'preact/hooks';
import { confirmFlag, staleFlagsOf } from '../../lib/flags/confirm';
import { flagTitle } from '../../lib/flags/mine';
import { confirmedOn } from '../../lib/match/staleness';
import type { StoredRelationship } from '../../lib/model';
import { errorMessage } from '../error-message';

/** How many the list shows at once: short, so it is done in a minute. */
const SHOWN = 5;

type Props = { all: StoredRelationship[] | undefined; userName: string; onDrop(rel: StoredRelationship): void };

/**
 * The user's flags not confirmed for 12 months: reps see them as "may be stale" and rank them
 * lower. Each is confirmed ("Still true") or dropped (with the flag list's Undo) in one click.
 */
export function StaleFlags({ all, userName, onDrop }: Props) {
  const stale = useMemo(() => (all ? staleFlagsOf(all, userName) : []), [all, userName]);
  const [problem, setProblem] = useState('');
  if (stale.length === 0) return null;

  const confirm = async (rel: StoredRelationship) => {
    try {
      setProblem('');
      await confirmFlag(rel);
    } catch (error) {
      setProblem(`Not confirmed: ${errorMessage(error)}`);
    }
  };

  return (
    <section class="stale-flags" aria-labelledby="stale-flags-h" data-testid="wl-stale-flags">
      <h2 id="stale-flags-h">Still true? ({stale.length})</h2>
      <p class="muted small">Not confirmed for a year: reps see these as “may be stale”.</p>
      <ul class="list">
        {stale.slice(0, SHOWN).map((rel) => {
          const title = flagTitle(rel);
          return (
            <li key={rel.id} class="card row" data-testid="wl-stale-flag" data-flag-id={rel.id}>
              <span class="grow">
                <strong>{title}</strong>
                <span class="muted small"> · since {new Date(confirmedOn(rel)).toLocaleDateString()}</span>
              </span>
              <button type="button" data-testid="wl-stale-confirm" aria-label={`Still true: ${title}`} onClick={() => void confirm(rel)}>
                Still true
              </button>
              <button type="button" class="danger" data-testid="wl-stale-drop" aria-label={`Drop: ${title}`} onClick={() => onDrop(rel)}>
                Drop
              </button>
            </li>
          );
        })}
      </ul>
      {stale.length > SHOWN ? <p class="muted small">…and {stale.length - SHOWN} more after these.</p> : null}
      {problem ? (
        <p class="error small" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
