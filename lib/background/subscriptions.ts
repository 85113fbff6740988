/** Team pack subscriptions: refreshed on an alarm, last good copy kept when a refresh fails. */
import { browser } from 'wxt/browser';
import { deleteMeta, deleteSubscription, getSettings, getSubscription, listSubscriptions, META, putMeta, putSubscription, saveSettings } from '../db';
import { Subscription } from '../model/stored';
import { refreshSubscription } from '../pack/subscription';

const ALARM_PREFIX = 'refresh:';

export type SubscribeOptions = { managed?: boolean; refreshMinutes?: number };

export async function subscribe(url: string, options: SubscribeOptions = {}): Promise<unknown> {
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

export async function removeSubscription(url: string): Promise<unknown> {
  const sub = await getSubscription(url);
  if (sub?.managed) return { ok: false, error: 'This subscription is set by your administrator and cannot be removed here.' };
  await deleteSubscription(url);
  await deleteMeta(META.subscriptionHeld(url));
  await browser.alarms.clear(ALARM_PREFIX + url);
  return { ok: true };
}

export async function refreshSubscriptionByUrl(url: string): Promise<unknown> {
  const sub = await getSubscription(url);
  if (!sub) return { ok: false, error: 'No subscription to that URL.' };
  const result = await refreshSubscription(sub, fetch.bind(globalThis));
  // Unsubscribed while the fetch was under way: do not bring it back.
  if (!(await getSubscription(url))) return { ok: false, error: 'Unsubscribed during the refresh.' };
  await putSubscription(result.sub);
  // Counts and conflicts describe the copy now held; a 304 or a failure leaves them as they were.
  if (result.outcome === 'updated' && result.held) await putMeta(META.subscriptionHeld(url), result.held);
  return { ok: result.outcome !== 'failed', outcome: result.outcome, error: result.error, report: result.report };
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

/** The managed storage policy (public/managed-schema.json), read leniently: wrong types are ignored. */
export type ManagedPolicy = { subscriptionUrl?: string; team?: string; refreshMinutes?: number };

export function readManagedPolicy(raw: Record<string, unknown>): ManagedPolicy {
  const policy: ManagedPolicy = {};
  if (typeof raw.subscriptionUrl === 'string' && raw.subscriptionUrl.trim()) policy.subscriptionUrl = raw.subscriptionUrl.trim();
  if (typeof raw.team === 'string' && raw.team.trim()) policy.team = raw.team.trim().slice(0, 200);
  if (typeof raw.refreshMinutes === 'number' && Number.isInteger(raw.refreshMinutes)) policy.refreshMinutes = Math.max(15, raw.refreshMinutes);
  return policy;
}

/**
 * An administrator's policy (managed storage) sets the team pack, and the team, for everyone.
 * The team fills an empty Settings.team only: a user's own choice is not overwritten. A
 * subscription the policy no longer names stops being managed (the user may then remove it).
 */
export async function applyManagedPolicy(): Promise<void> {
  let raw: Record<string, unknown>;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    return; // no policy support on this browser
  }
  const policy = readManagedPolicy(raw ?? {});
  if (policy.team && !(await getSettings()).team) await saveSettings({ team: policy.team });
  for (const sub of await listSubscriptions()) {
    if (sub.managed && sub.url !== policy.subscriptionUrl) await putSubscription({ ...sub, managed: false });
  }
  if (policy.subscriptionUrl) {
    await subscribe(policy.subscriptionUrl, { managed: true, ...(policy.refreshMinutes ? { refreshMinutes: policy.refreshMinutes } : {}) });
  }
}
