import { useState } from 'preact/hooks';
import { listApprovedContent, type StoreName } from '../lib/db';
import { markSeen, seenIds, unseenApproved } from '../lib/library/sell-in';
import { useAsync, useStoreVersion } from './hooks';
import { errorMessage } from './error-message';
import { KIND_LABEL } from './labels';

const STORES: StoreName[] = ['content', 'meta'];
const MAX_SHOWN = 5;

/**
 * Newly approved items this rep has not acknowledged, each with its sales note, shown once:
 * "Got it" marks them seen. Renders nothing when there is nothing new. Mountable in any view.
 */
/** `compact`: one summary line that opens into the list (the panel and the popup are small). */
export function NewForYou({ compact = false }: { compact?: boolean }) {
  const version = useStoreVersion(STORES);
  const [error, setError] = useState('');
  const { value: unseen } = useAsync(async () => unseenApproved(await listApprovedContent(), await seenIds(), new Date()), [version]);
  if (!unseen?.length) return null;

  const gotIt = async (ids: string[]) => {
    try {
      await markSeen(ids);
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
              <span class="badge">{KIND_LABEL[item.kind]}</span>
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
