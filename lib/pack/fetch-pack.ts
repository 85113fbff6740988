/**
 * Fetching a subscribed pack (docs/PACK-FORMAT.md): HTTPS only, on the subscribed origin only,
 * conditional on the copy held (If-None-Match / If-Modified-Since), bounded in size and time.
 * Only the transport: what the text holds goes through the import pipeline (./import.ts), and the
 * subscription's state is kept by its owner (lib/background/subscriptions.ts).
 *
 * Redirects are never followed by the browser (`redirect: 'manual'`): one to plain http would send
 * a cleartext request before anything could refuse it, and one to another host would credit that
 * host's pack to the subscribed URL. A redirect within the subscribed origin is followed here, when
 * its target can be read; a browser hides it from pages and extensions alike (an "opaque
 * redirect"), so there such a pack must be subscribed at its final address.
 */
import { BOUNDS, type Subscription } from '../model';

const TIMEOUT_MS = 60_000;
/** Same-origin hops followed before giving up (a loop, or a misconfigured server). */
const MAX_REDIRECTS = 5;
const TOO_LARGE = 'The pack is larger than 50 MB; refused. The last good copy is kept.';

export type FetchedPack =
  | { kind: 'fetched'; text: string; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; error: string };

type Failed = Extract<FetchedPack, { kind: 'failed' }>;

const failed = (error: string): Failed => ({ kind: 'failed', error });

function parsedUrl(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304);
}

/**
 * The response for `url`, following redirects only within its origin (which is https). Never
 * sends a request anywhere else.
 */
async function fetchOnOrigin(url: URL, init: RequestInit, fetchImpl: typeof fetch): Promise<Response | Failed> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetchImpl(current.href, init);
    if (!isRedirect(response)) return response;
    const location = response.type === 'opaqueredirect' ? null : response.headers.get('location');
    if (location === null) {
      return failed('The pack address redirects to another address, which Warmline does not follow: subscribe to the address the pack is really at. The last good copy is kept.');
    }
    const next = parsedUrl(location, current.href);
    if (!next || next.origin !== url.origin) {
      const where = next ? (next.protocol === 'https:' ? next.host : `${next.protocol}//${next.host}`) : 'an address it cannot read';
      return failed(`The pack address redirects to ${where}; Warmline reads a pack only from the address you subscribed to (${url.host}), over https. The last good copy is kept.`);
    }
    current = next;
  }
  return failed('The pack address sent too many redirects. The last good copy is kept.');
}

/** The body as text, counted as it arrives: reading stops at the cap, whatever the server says its length is. */
async function readCapped(response: Response, maxBytes: number): Promise<string | Failed> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return failed(TOO_LARGE);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return failed(TOO_LARGE);
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch {
    return failed('The download was interrupted. The last good copy is kept.');
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Never throws: a failure says what went wrong, in words for the subscription's status. */
export async function fetchPack(
  sub: Pick<Subscription, 'url' | 'etag' | 'lastModified'>,
  fetchImpl: typeof fetch,
  maxBytes: number = BOUNDS.packBytes,
): Promise<FetchedPack> {
  const url = parsedUrl(sub.url);
  if (!url || url.protocol !== 'https:') return failed('Only https: pack addresses can be subscribed to.');

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (sub.etag) headers['If-None-Match'] = sub.etag;
  if (sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
  // no-store: we send our own validators, so the browser's HTTP cache must not answer for us.
  const init: RequestInit = { headers, cache: 'no-store', redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) };

  let response: Response | Failed;
  try {
    response = await fetchOnOrigin(url, init, fetchImpl);
  } catch (e) {
    const reason = e instanceof Error && e.name === 'TimeoutError' ? 'it did not answer in time' : 'the network request failed';
    return failed(`Could not reach ${url.host}: ${reason}. The last good copy is kept.`);
  }
  if ('kind' in response) return response;
  // Belt and braces: whatever the fetch did, only an answer from the subscribed origin counts.
  if (response.url && parsedUrl(response.url)?.origin !== url.origin) {
    return failed(`The pack came from another address than ${url.host}; refused. The last good copy is kept.`);
  }
  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return failed(`The server answered ${status}. The last good copy is kept.`);
  }

  const text = await readCapped(response, maxBytes);
  if (typeof text !== 'string') return text;
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  return { kind: 'fetched', text, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}
