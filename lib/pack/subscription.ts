import { StoreError } from '../db';
import type { ConflictSummary, Subscription, SubscriptionHeld } from '../model';
import { commitImport, loadExistingById, reportOf, type ImportReport } from './import';
import { describeIssue } from './issues';
import { planMerge, type MergeConflict } from './merge';
import { parsePackText } from './parse-pack';


export type RefreshOutcome = {
  sub: Subscription;
  outcome: 'updated' | 'not-modified' | 'failed';
  report?: ImportReport;
  /** On 'updated': what the pack holds, and the local edits its newer versions did not overwrite. */
  held?: SubscriptionHeld;
  error?: string;
};

export function summarizeConflicts(conflicts: readonly MergeConflict[]): ConflictSummary[] {
  return conflicts.map((conflict) => {
    const summary: ConflictSummary = {
      kind: conflict.kind,
      id: conflict.id,
      label: conflict.label,
      localUpdatedAt: conflict.localUpdatedAt,
      incomingUpdatedAt: conflict.incomingUpdatedAt,
    };
    if (conflict.local.meta.locallyEditedAt) summary.locallyEditedAt = conflict.local.meta.locallyEditedAt;
    return summary;
  });
}

/** Packs bigger than this are refused before reading: a guard against a runaway file. */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function withoutError(sub: Subscription): Subscription {
  const { lastError: _dropped, ...rest } = sub;
  return rest;
}

/**
 * Fetches a subscribed pack and merges it. On any failure (network, HTTP status, a broken pack,
 * storage) nothing is written, the last good copy stays, and `lastError` says what went wrong.
 * The caller persists the returned `sub` (putSubscription). Never throws.
 */
export async function refreshSubscription(
  sub: Subscription,
  fetchImpl: typeof fetch,
  now: Date = new Date(),
): Promise<RefreshOutcome> {
  const attempted: Subscription = { ...sub, lastAttemptAt: now.toISOString() };
  const failed = (error: string): RefreshOutcome => ({ sub: { ...attempted, lastError: error }, outcome: 'failed', error });

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
  if (response.status === 304) {
    return { sub: { ...withoutError(attempted), lastSuccessAt: now.toISOString() }, outcome: 'not-modified' };
  }
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

  const parsed = parsePackText(text);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 3).map(describeIssue).join('; ');
    const more = parsed.errors.length > 3 ? ` (and ${parsed.errors.length - 3} more)` : '';
    const count = parsed.errors.length === 1 ? '1 error' : `${parsed.errors.length} errors`;
    return failed(`The pack has ${count}: ${shown}${more}. The last good copy is kept.`);
  }

  const packName = parsed.pack.name ?? new URL(sub.url).host;
  try {
    const origin = { kind: 'pack', packName, subscriptionUrl: sub.url } as const;
    const plan = { ...planMerge(parsed.pack, await loadExistingById(), origin), warnings: parsed.warnings };
    await commitImport(plan);
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    const next: Subscription = { ...withoutError(attempted), lastSuccessAt: now.toISOString(), packName };
    // Validators belong to the copy we now hold: drop old ones the server no longer sends.
    delete next.etag;
    delete next.lastModified;
    if (etag) next.etag = etag;
    if (lastModified) next.lastModified = lastModified;
    return {
      sub: next,
      outcome: 'updated',
      report: reportOf(plan, parsed.warnings.length, 0),
      held: {
        content: parsed.pack.content.length,
        relationships: parsed.pack.relationships.length,
        conflicts: summarizeConflicts(plan.conflicts),
      },
    };
  } catch (e) {
    const message = e instanceof StoreError ? e.userMessage : 'Warmline could not save the pack.';
    return failed(`${message} The last good copy is kept.`);
  }
}
