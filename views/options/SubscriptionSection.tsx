import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { countSubscriptionRecords, getMeta, listSubscriptions, META, onStoreChange, type RecordCounts } from '../../lib/db';
import type { Subscription, SubscriptionHeld } from '../../lib/model';
import type { SubscriptionReply } from '../../lib/protocol/replies';
import { send } from '../../lib/protocol/send';
import { describedBy } from '../../components/FieldError';
import { errorMessage } from '../../components/error-message';
import { askBackground, useSubscribe, type SubscriptionCommand } from './useSubscribe';

type Row = { sub: Subscription; held: SubscriptionHeld | undefined; hostAllowed: boolean };

function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

async function loadRows(): Promise<Row[]> {
  // What each pack holds is counted at refresh time (not by scanning 100,000 records here).
  return Promise.all(
    (await listSubscriptions()).map(async (sub) => ({
      sub,
      held: await getMeta(META.subscriptionHeld(sub.url)),
      hostAllowed: await browser.permissions.contains({ origins: [originPattern(sub.url)] }).catch(() => false),
    })),
  );
}

function replyError(reply: SubscriptionReply, fallback: string): string | undefined {
  return reply.ok ? undefined : (reply.error ?? fallback);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function when(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

/** One current status: when it was checked, and which copy is in use. */
function statusOf(sub: Subscription): string {
  if (!sub.lastAttemptAt) return 'Not checked yet.';
  if (!sub.lastSuccessAt) return `Checked ${when(sub.lastAttemptAt)}; nothing could be loaded yet.`;
  if (sub.lastError) return `Checked ${when(sub.lastAttemptAt)}; using the copy loaded ${when(sub.lastSuccessAt)}.`;
  return `Up to date: checked ${when(sub.lastAttemptAt)}.`;
}

/** Subscribe to a team pack by URL; each subscription's status, conflicts and controls. */
export function SubscriptionSection() {
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState('');
  const reload = () =>
    void loadRows().then(setRows, (e: unknown) => setError(`Subscriptions could not be read: ${errorMessage(e)}`));
  const adding = useSubscribe(reload);

  useEffect(() => {
    reload();
    return onStoreChange((stores) => {
      if (stores.includes('subscriptions')) reload();
    });
  }, []);

  const ask = async (type: SubscriptionCommand, url: string): Promise<SubscriptionReply> => {
    setBusy(url);
    setError('');
    const reply = await askBackground(type, url);
    setBusy('');
    reload();
    return reply;
  };

  const grant = (sub: Subscription) => {
    browser.permissions.request({ origins: [originPattern(sub.url)] }).then(
      (granted) => (granted ? void ask('subscription:refresh', sub.url) : undefined),
      () => undefined,
    );
  };

  const unsubscribe = async (sub: Subscription, removeRecords: boolean) => {
    setBusy(sub.url);
    const reply = await send('subscription:delete', { url: sub.url, removeRecords }).catch(
      (failure: unknown): SubscriptionReply => ({ ok: false, error: errorMessage(failure) }),
    );
    setBusy('');
    reload();
    const problem = replyError(reply, 'The subscription could not be removed.');
    if (problem) return setError(problem);
    // Give the host permission back unless another subscription still reads from that host.
    const pattern = originPattern(sub.url);
    if (!rows.some((row) => row.sub.url !== sub.url && originPattern(row.sub.url) === pattern)) {
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    }
  };

  return (
    <section aria-labelledby="subs-h">
      <h2 id="subs-h">Team packs</h2>
      <p>Subscribe to the pack your marketing team publishes: Warmline checks it for changes every few hours.</p>
      <form class="subscribe" onSubmit={adding.subscribe} noValidate>
        <label for="wl-sub-url">Pack address</label>
        <div class="row">
          <input
            id="wl-sub-url"
            type="text"
            inputMode="url"
            autocomplete="url"
            data-testid="wl-sub-url"
            value={adding.url}
            placeholder="packs.example.com/warmline-pack.json"
            onInput={(e) => adding.setUrl((e.target as HTMLInputElement).value)}
            {...describedBy('wl-sub-url-err', adding.error || undefined, 'wl-sub-url-hint')}
          />
          <button type="submit" class="primary" data-testid="wl-sub-add" disabled={adding.busy}>
            {adding.busy ? 'Subscribing…' : 'Subscribe'}
          </button>
        </div>
        <span class="muted hint" id="wl-sub-url-hint">
          https:// is added if you leave it out.
        </span>
        {adding.error ? (
          <p class="error" role="alert" id="wl-sub-url-err" data-testid="wl-sub-error">
            {adding.error}
          </p>
        ) : null}
      </form>
      {error ? (
        <p class="error" role="alert" data-testid="wl-sub-error">
          {error}
        </p>
      ) : null}
      <ul class="subs">
        {rows.map((row) => (
          <SubscriptionRow
            key={row.sub.url}
            row={row}
            busy={busy === row.sub.url}
            onRefresh={() => void ask('subscription:refresh', row.sub.url)}
            onRemove={(removeRecords) => void unsubscribe(row.sub, removeRecords)}
            onGrant={() => grant(row.sub)}
          />
        ))}
      </ul>
    </section>
  );
}

type RowProps = { row: Row; busy: boolean; onRefresh(): void; onRemove(removeRecords: boolean): void; onGrant(): void };

function SubscriptionRow({ row, busy, onRefresh, onRemove, onGrant }: RowProps) {
  const { sub, held } = row;
  const conflicts = held?.conflicts ?? [];
  const [leaving, setLeaving] = useState<RecordCounts | null>(null);
  const startLeaving = async () => {
    const brought = await countSubscriptionRecords(sub.url).catch((): RecordCounts => ({ content: 0, relationships: 0 }));
    if (brought.content + brought.relationships === 0) onRemove(false);
    else setLeaving(brought);
  };
  return (
    <li class="card" data-testid="wl-sub-item" data-url={sub.url}>
      <p>
        <strong data-testid="wl-sub-name">{sub.packName ?? new URL(sub.url).host}</strong>{' '}
        <span class="muted">{sub.url}</span>
      </p>
      {sub.managed ? (
        <p class="muted" data-testid="wl-sub-managed">
          Set by your administrator.
        </p>
      ) : null}
      <p data-testid="wl-sub-status">
        {statusOf(sub)}
        {held ? ` The pack holds ${plural(held.content, 'library item')} and ${plural(held.relationships, 'relationship')}, marked as from this pack in your library.` : ''}
      </p>
      {sub.lastError ? (
        <p class="error" role="alert" data-testid="wl-sub-last-error">
          The last refresh failed: {sub.lastError}
        </p>
      ) : null}
      {!row.hostAllowed ? (
        <p class="warn">
          Warmline has no permission to read {new URL(sub.url).host}; refreshes work only if that server allows it.{' '}
          <button type="button" data-testid="wl-sub-grant" onClick={onGrant}>
            Allow access
          </button>
        </p>
      ) : null}
      {conflicts.length ? (
        <div data-testid="wl-sub-conflicts">
          <p class="warn">
            {conflicts.length} record{conflicts.length === 1 ? '' : 's'} in the pack {conflicts.length === 1 ? 'has' : 'have'} the id
            of one you already have that this pack may not change: yours {conflicts.length === 1 ? 'is' : 'are'} kept, and the
            pack&apos;s version was not applied.
          </p>
          <ul>
            {conflicts.map((c) => (
              <li key={c.kind + c.id} data-testid="wl-sub-conflict" data-reason={c.reason}>
                <strong>{c.label}</strong> ({c.kind === 'content' ? 'library item' : 'relationship'}, id {c.id}):{' '}
                {c.reason === 'other-origin'
                  ? `yours came from ${c.heldBy ?? 'elsewhere'}, so this pack cannot replace it. If you did not expect this pack to carry it, ask its publisher why; if it should own it, delete yours, then refresh.`
                  : `you edited it ${when(c.locallyEditedAt)} (from the version of ${when(c.localUpdatedAt)}); the pack has a version of ${when(c.incomingUpdatedAt)}.`}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {leaving ? (
        <div class="card" role="group" aria-label="Unsubscribe" data-testid="wl-sub-leave">
          <p>
            This pack brought {plural(leaving.content, 'library item')} and {plural(leaving.relationships, 'relationship')}. Remove
            them with the subscription? Anything you edited here is kept either way.
          </p>
          <div class="actions">
            <button type="button" data-testid="wl-sub-remove-records" disabled={busy} onClick={() => onRemove(true)}>
              Unsubscribe and remove them
            </button>
            <button type="button" data-testid="wl-sub-keep-records" disabled={busy} onClick={() => onRemove(false)}>
              Unsubscribe, keep them
            </button>
            <button type="button" data-testid="wl-sub-leave-cancel" onClick={() => setLeaving(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div class="actions">
        <button type="button" data-testid="wl-sub-refresh" disabled={busy} onClick={onRefresh}>
          {busy ? 'Refreshing…' : 'Refresh now'}
        </button>
        {sub.managed ? null : (
          <button type="button" data-testid="wl-sub-remove" disabled={busy || leaving !== null} onClick={() => void startLeaving()}>
            Unsubscribe
          </button>
        )}
      </div>
    </li>
  );
}
