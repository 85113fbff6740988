import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getMeta, listSubscriptions, META, onStoreChange } from '../../lib/db';
import type { Subscription, SubscriptionHeld } from '../../lib/model';
import { checkPackUrl } from '../../lib/pack/pack-url';
import type { SubscriptionReply } from '../../lib/protocol/replies';
import { send } from '../../lib/protocol/send';
import { errorMessage } from '../../components/error-message';

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

type SubscriptionCommand = 'subscription:set' | 'subscription:refresh' | 'subscription:delete';

function replyError(reply: SubscriptionReply): string | undefined {
  return reply.ok ? undefined : (reply.error ?? 'The refresh failed.');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function when(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

/** Subscribe to a team pack by URL; each subscription's status, conflicts and controls. */
export function SubscriptionSection() {
  const [rows, setRows] = useState<Row[]>([]);
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState('');
  const reload = () =>
    void loadRows().then(setRows, (e: unknown) => setError(`Subscriptions could not be read: ${String(e)}`));

  useEffect(() => {
    reload();
    return onStoreChange((stores) => {
      if (stores.includes('subscriptions')) reload();
    });
  }, []);

  const ask = async (type: SubscriptionCommand, url: string): Promise<SubscriptionReply> => {
    setBusy(url);
    try {
      return await send(type, { url });
    } catch (failure) {
      return { ok: false, error: errorMessage(failure) };
    } finally {
      setBusy('');
      reload();
    }
  };

  const onSubscribe = (event: Event) => {
    event.preventDefault();
    setError('');
    const check = checkPackUrl(url);
    if (!check.ok) {
      setError(check.error);
      return;
    }
    // Asked for here, synchronously inside the click: the browser only prompts in a user gesture.
    browser.permissions.request({ origins: [check.originPattern] }).then(
      async (granted) => {
        if (!granted) {
          setError(`Warmline needs your permission to read ${check.origin} to subscribe to this pack.`);
          return;
        }
        const reply = await ask('subscription:set', check.url);
        const problem = replyError(reply);
        // The subscription is kept even when the first fetch fails: its status says why.
        if (problem && reply.outcome !== 'failed') setError(problem);
        else setUrl('');
      },
      (e: unknown) => setError(`The permission could not be requested: ${e instanceof Error ? e.message : String(e)}`),
    );
  };

  const grant = (sub: Subscription) => {
    browser.permissions.request({ origins: [originPattern(sub.url)] }).then(
      (granted) => (granted ? void ask('subscription:refresh', sub.url) : undefined),
      () => undefined,
    );
  };

  const unsubscribe = async (sub: Subscription) => {
    const reply = await ask('subscription:delete', sub.url);
    const problem = reply.ok ? undefined : (reply.error ?? 'Could not unsubscribe.');
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
      <form class="actions" onSubmit={onSubscribe}>
        <label>
          Pack address (https://)
          <input
            type="url"
            data-testid="wl-sub-url"
            value={url}
            placeholder="https://example.com/warmline-pack.json"
            onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary" data-testid="wl-sub-add">
          Subscribe
        </button>
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
            onRemove={() => void unsubscribe(row.sub)}
            onGrant={() => grant(row.sub)}
          />
        ))}
      </ul>
    </section>
  );
}

type RowProps = { row: Row; busy: boolean; onRefresh(): void; onRemove(): void; onGrant(): void };

function SubscriptionRow({ row, busy, onRefresh, onRemove, onGrant }: RowProps) {
  const { sub, held } = row;
  const conflicts = held?.conflicts ?? [];
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
        Last refresh: {when(sub.lastAttemptAt)}. Last success: {when(sub.lastSuccessAt)}.
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
            {conflicts.length} item{conflicts.length === 1 ? '' : 's'} you edited here {conflicts.length === 1 ? 'has' : 'have'} a
            newer version in the pack. Your edits are kept; the pack&apos;s version was not applied.
          </p>
          <ul>
            {conflicts.map((c) => (
              <li key={c.kind + c.id} data-testid="wl-sub-conflict">
                <strong>{c.label}</strong>: you edited it {when(c.locallyEditedAt)} (from the version of {when(c.localUpdatedAt)}); the
                pack has a version of {when(c.incomingUpdatedAt)}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="actions">
        <button type="button" data-testid="wl-sub-refresh" disabled={busy} onClick={onRefresh}>
          {busy ? 'Refreshing…' : 'Refresh now'}
        </button>
        {sub.managed ? null : (
          <button type="button" data-testid="wl-sub-remove" disabled={busy} onClick={onRemove}>
            Unsubscribe
          </button>
        )}
      </div>
    </li>
  );
}
