import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkPackUrl } from '../../lib/pack/pack-url';
import type { SubscriptionReply } from '../../lib/protocol/replies';
import { send } from '../../lib/protocol/send';
import { errorMessage } from '../../components/error-message';

export type SubscriptionCommand = 'subscription:set' | 'subscription:refresh' | 'subscription:delete';

/** A subscription command to the background; a failure to reach it is an answer too. */
export async function askBackground(type: SubscriptionCommand, url: string): Promise<SubscriptionReply> {
  try {
    return await send(type, { url });
  } catch (failure) {
    return { ok: false, error: errorMessage(failure) };
  }
}

/**
 * Subscribing to a team pack by its address, as the Packs tab and the first run both offer it:
 * the address checked (and given its https:// when typed without one), the host's permission
 * asked for inside the click (the browser prompts only then), then the background subscribes.
 */
export function useSubscribe(onDone?: () => void) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const subscribe = (event: Event) => {
    event.preventDefault();
    setError('');
    const check = checkPackUrl(url);
    if (!check.ok) return setError(check.error);
    // Show the address as it will be used: the scheme added, the fragment dropped.
    setUrl(check.url);
    browser.permissions.request({ origins: [check.originPattern] }).then(
      async (granted) => {
        if (!granted) return setError(`Warmline needs your permission to read ${check.origin} to subscribe to this pack.`);
        setBusy(true);
        const reply = await askBackground('subscription:set', check.url);
        setBusy(false);
        // The subscription is kept even when the first fetch fails: its status says why.
        if (!reply.ok && reply.outcome !== 'failed') return setError(reply.error ?? 'The subscription could not be saved.');
        setUrl('');
        onDone?.();
      },
      (e: unknown) => setError(`The permission could not be requested: ${errorMessage(e)}`),
    );
  };
  return { url, setUrl, error, busy, subscribe };
}
