/**
 * Team pack subscriptions, their whole life in one place (docs/ARCHITECTURE.md, teams): subscribe,
 * refresh (on an alarm, on request), keep the last good copy and what it holds, unsubscribe.
 * The pack comes through lib/pack/fetch-pack.ts and goes into the store through the one import
 * pipeline (lib/pack/import.ts).
 */
import { browser } from 'wxt/browser';
import {
  deleteMeta,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  META,
  putMeta,
  putSubscription,
  removeSubscriptionRecords,
  StoreError,
} from '../db';
import { BOUNDS, Subscription, type SubscriptionHeld } from '../model';
import { fetchPack } from '../pack/fetch-pack';
import { commitImport, prepareImport, previewImport, type ImportReport } from '../pack/import';
import { describeIssue } from '../pack/issues';
import { summarizeConflicts } from '../pack/merge';
import type { SubscriptionReply } from '../protocol/replies';

const ALARM_PREFIX = 'refresh:';

export type RefreshOutcome = {
  sub: Subscription;
  outcome: 'updated' | 'not-modified' | 'failed';
  report?: ImportReport;
  /** On 'updated': what the pack holds, and the local edits its newer versions did not overwrite. */
  held?: SubscriptionHeld;
  error?: string;
};

function withoutError(sub: Subscription): Subscription {
  const { lastError: _dropped, ...rest } = sub;
  return rest;
}

function errorsInWords(errors: Parameters<typeof describeIssue>[0][]): string {
  const shown = errors.slice(0, 3).map(describeIssue).join(' ');
  const more = errors.length > 3 ? ` And ${errors.length - 3} more.` : '';
  const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
  return `The pack has ${count}. ${shown}${more}`;
}

/**
 * One refresh: fetch the pack and import it. On any failure (network, HTTP status, a broken
 * pack, storage) nothing is written, the last good copy stays, and `lastError` says what went
 * wrong. Returns the subscription's next state for the caller to keep. Never throws.
 */
export async function refreshSubscription(sub: Subscription, fetchImpl: typeof fetch, now: Date = new Date()): Promise<RefreshOutcome> {
  const attempted: Subscription = { ...sub, lastAttemptAt: now.toISOString() };
  const failed = (words: string): RefreshOutcome => {
    const error = words.length > BOUNDS.message ? `${words.slice(0, BOUNDS.message - 1)}…` : words;
    return { sub: { ...attempted, lastError: error }, outcome: 'failed', error };
  };

  const fetched = await fetchPack(sub, fetchImpl);
  if (fetched.kind === 'failed') return failed(fetched.error);
  if (fetched.kind === 'not-modified') {
    return { sub: { ...withoutError(attempted), lastSuccessAt: now.toISOString() }, outcome: 'not-modified' };
  }

  const host = new URL(sub.url).host;
  const prepared = prepareImport(fetched.text, host, { kind: 'pack', now });
  if (!prepared.ok) return failed(`${errorsInWords(prepared.errors)} The last good copy is kept.`);
  try {
    // This URL's own records only; what left the pack goes (docs/PACK-FORMAT.md, merging).
    const origin = { kind: 'subscription', url: sub.url, packName: prepared.packName } as const;
    const preview = await previewImport(prepared, { origin, removeMissing: true });
    if (!preview.ok) return failed(`${errorsInWords(preview.errors)} The last good copy is kept.`);
    const report = await commitImport(preview.plan);
    // Validators belong to the copy we now hold: old ones the server no longer sends are dropped.
    const { etag: _etag, lastModified: _lastModified, ...rest } = withoutError(attempted);
    const next: Subscription = {
      ...rest,
      lastSuccessAt: now.toISOString(),
      packName: prepared.packName,
      ...(fetched.etag ? { etag: fetched.etag } : {}),
      ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
    };
    const held = { content: prepared.content.length, relationships: prepared.relationships.length, conflicts: summarizeConflicts(preview.plan.conflicts) };
    return { sub: next, outcome: 'updated', report, held };
  } catch (e) {
    const message = e instanceof StoreError ? e.userMessage : 'Warmline could not save the pack.';
    return failed(`${message} The last good copy is kept.`);
  }
}

export type SubscribeOptions = { managed?: boolean; refreshMinutes?: number };

export async function subscribe(url: string, options: SubscribeOptions = {}): Promise<SubscriptionReply> {
  const managed = options.managed === true;
  const parsed = Subscription.safeParse({ url, managed, ...(options.refreshMinutes ? { refreshMinutes: options.refreshMinutes } : {}) });
  if (!parsed.success) return { ok: false, error: 'A team pack URL must be an https:// address.' };
  const existing = await getSubscription(parsed.data.url);
  const next: Subscription = {
    ...parsed.data,
    ...existing,
    // An administrator's setting wins over what is stored; a user's subscribe never un-manages one.
    managed: managed || existing?.managed === true,
    refreshMinutes: options.refreshMinutes ? parsed.data.refreshMinutes : (existing?.refreshMinutes ?? parsed.data.refreshMinutes),
  };
  await putSubscription(next);
  await scheduleRefresh(next.url, next.refreshMinutes);
  return refreshSubscriptionByUrl(next.url);
}

export type RemoveOptions = {
  /** Also remove the records the pack brought (those edited here stay). */
  removeRecords?: boolean;
};

export async function removeSubscription(url: string, options: RemoveOptions = {}): Promise<SubscriptionReply> {
  const sub = await getSubscription(url);
  if (sub?.managed) return { ok: false, error: 'This subscription is set by your administrator and cannot be removed here.' };
  await deleteSubscription(url);
  await deleteMeta(META.subscriptionHeld(url));
  await browser.alarms.clear(ALARM_PREFIX + url);
  if (!options.removeRecords) return { ok: true };
  return { ok: true, removed: await removeSubscriptionRecords(url) };
}

export async function refreshSubscriptionByUrl(url: string): Promise<SubscriptionReply> {
  const sub = await getSubscription(url);
  if (!sub) return { ok: false, error: 'No subscription to that URL.' };
  const result = await refreshSubscription(sub, fetch.bind(globalThis));
  // Unsubscribed while the fetch was under way: do not bring it back.
  if (!(await getSubscription(url))) return { ok: false, error: 'Unsubscribed during the refresh.' };
  await putSubscription(result.sub);
  // Counts and conflicts describe the copy now held; a 304 or a failure leaves them as they were.
  if (result.outcome === 'updated' && result.held) await putMeta(META.subscriptionHeld(url), result.held);
  return {
    ok: result.outcome !== 'failed',
    outcome: result.outcome,
    ...(result.error ? { error: result.error } : {}),
    ...(result.report ? { report: result.report } : {}),
  };
}

async function scheduleRefresh(url: string, minutes: number): Promise<void> {
  await browser.alarms.create(ALARM_PREFIX + url, { periodInMinutes: minutes, delayInMinutes: minutes });
}

/** Alarms do not survive every browser restart: make sure each subscription has one. */
export async function ensureRefreshAlarms(): Promise<void> {
  for (const sub of await listSubscriptions()) {
    const alarm = await browser.alarms.get(ALARM_PREFIX + sub.url);
    if (!alarm || alarm.periodInMinutes !== sub.refreshMinutes) await scheduleRefresh(sub.url, sub.refreshMinutes);
  }
}

export async function onAlarm(name: string): Promise<void> {
  if (name.startsWith(ALARM_PREFIX)) await refreshSubscriptionByUrl(name.slice(ALARM_PREFIX.length));
}
