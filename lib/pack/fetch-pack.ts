/**
 * Fetching a subscribed pack (docs/PACK-FORMAT.md): HTTPS only, conditional on the copy held
 * (If-None-Match / If-Modified-Since), bounded in size and time. Only the transport: what the
 * text holds goes through the import pipeline (./import.ts), and the subscription's state is kept
 * by its owner (lib/background/subscriptions.ts).
 */
import type { Subscription } from '../model';

/** Packs bigger than this are refused before reading: a guard against a runaway file. */
const MAX_PACK_BYTES = 50 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

export type FetchedPack =
  | { kind: 'fetched'; text: string; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; error: string };

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Never throws: a failure says what went wrong, in words for the subscription's status. */
export async function fetchPack(sub: Pick<Subscription, 'url' | 'etag' | 'lastModified'>, fetchImpl: typeof fetch): Promise<FetchedPack> {
  const failed = (error: string): FetchedPack => ({ kind: 'failed', error });
  if (!isHttps(sub.url)) return failed('Only https: pack addresses can be subscribed to.');

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (sub.etag) headers['If-None-Match'] = sub.etag;
  if (sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;

  let response: Response;
  try {
    // no-store: we send our own validators, so the browser's HTTP cache must not answer for us.
    response = await fetchImpl(sub.url, { headers, cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    const reason = e instanceof Error && e.name === 'TimeoutError' ? 'it did not answer in time' : 'the network request failed';
    return failed(`Could not reach ${new URL(sub.url).host}: ${reason}. The last good copy is kept.`);
  }

  if (response.url && !isHttps(response.url)) {
    return failed('The pack address redirected to a non-https address; refused. The last good copy is kept.');
  }
  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return failed(`The server answered ${status}. The last good copy is kept.`);
  }
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_PACK_BYTES) return failed('The pack is larger than 50 MB; refused. The last good copy is kept.');

  let text: string;
  try {
    text = await response.text();
  } catch {
    return failed('The download was interrupted. The last good copy is kept.');
  }
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  return { kind: 'fetched', text, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}
