import { useState } from 'preact/hooks';
import type { UnseenItem } from '../lib/protocol/replies';
import { errorMessage } from './error-message';
import { KIND_WORDS } from './words';

const MAX_SHOWN = 5;

export type NewForYouProps = {
  /** Newly approved items this rep has not acknowledged; undefined while they load. */
  unseen: UnseenItem[] | undefined;
  /** "Got it": these items are seen. */
  onGotIt(ids: string[]): Promise<void>;
  /** One summary line that opens into the list (the panel and the popup are small). */
  compact?: boolean;
};

/**
 * Newly approved items with their sales notes, shown once: "Got it" marks them seen. Renders
 * nothing when there is nothing new. Each view brings the items (the popup and the options page
 * from the store, the panel from the background).
 */
export function NewForYou({ unseen, onGotIt, compact = false }: NewForYouProps) {
  const [error, setError] = useState('');
  if (!unseen?.length) return null;

  const gotIt = async (ids: string[]) => {
    try {
      await onGotIt(ids);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const shown = unseen.slice(0, MAX_SHOWN);
  const list = (
    <>
      <ul class="list">
        {shown.map((item) => (
          <li key={item.id} class="card" data-testid="wl-lib-new-item" data-content-id={item.id}>
            <div class="row">
              <span class="badge badge-new">New</span>
              <strong>{item.title}</strong>
              <span class="badge">{KIND_WORDS[item.kind]}</span>
            </div>
            <p>{item.salesNote ? item.salesNote : <span class="muted">No sales note.</span>}</p>
            <button type="button" data-testid="wl-lib-got-it" onClick={() => gotIt([item.id])} aria-label={`Got it: ${item.title}`}>
              Got it
            </button>
          </li>
        ))}
      </ul>
      {unseen.length > 1 ? (
        <button type="button" data-testid="wl-lib-got-it-all" onClick={() => gotIt(unseen.map((item) => item.id))}>
          Got it, all {unseen.length}
        </button>
      ) : null}
    </>
  );
  return (
    <section class="new-for-you" aria-labelledby="wl-lib-new-h" data-testid="wl-lib-new-for-you">
      {compact ? null : <h2 id="wl-lib-new-h">New for you ({unseen.length})</h2>}
      {compact ? (
        <details>
          <summary id="wl-lib-new-h">
            <span class="badge badge-new">New</span> {unseen.length} approved item{unseen.length === 1 ? '' : 's'} from marketing
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
      {error ? <p role="alert" class="error">{error}</p> : null}
    </section>
  );
}
