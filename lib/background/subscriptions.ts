/** Team pack subscriptions: refreshed on an alarm, last good copy kept when a refresh fails. */
import { browser } from 'wxt/browser';
import { deleteSubscription, getSubscription, listSubscriptions, putSubscription } from '../db';
import { Subscription } from '../model/stored';
import { refreshSubscription } from '../pack/subscription';

const ALARM_PREFIX = 'refresh:';

export async function subscribe(url: string, managed = false): Promise<unknown> {
  const parsed = Subscription.safeParse({ url, managed });
  if (!parsed.success) return { ok: false, error: 'A team pack URL must be an https:// address.' };
  const existing = await getSubscription(parsed.data.url);
  await putSubscription({ ...parsed.data, ...existing, managed: managed || existing?.managed === true });
  await scheduleRefresh(parsed.data.url, existing?.refreshMinutes ?? parsed.data.refreshMinutes);
  return refreshSubscriptionByUrl(parsed.data.url);
}

export async function removeSubscription(url: string): Promise<unknown> {
  await deleteSubscription(url);
  await browser.alarms.clear(ALARM_PREFIX + url);
  return { ok: true };
}

export async function refreshSubscriptionByUrl(url: string): Promise<unknown> {
  const sub = await getSubscription(url);
  if (!sub) return { ok: false, error: 'No subscription to that URL.' };
  const result = await refreshSubscription(sub, fetch.bind(globalThis));
  await putSubscription(result.sub);
  return { ok: result.outcome !== 'failed', outcome: result.outcome, error: result.error, report: result.report };
}

async function scheduleRefresh(url: string, minutes: number): Promise<void> {
  await browser.alarms.create(ALARM_PREFIX + url, { periodInMinutes: minutes, delayInMinutes: minutes });
}

/** Alarms do not survive every browser restart: make sure each subscription has one. */
export async function ensureRefreshAlarms(): Promise<void> {
  for (const sub of await listSubscriptions()) {
    const alarm = await browser.alarms.get(ALARM_PREFIX + sub.url);
    if (!alarm) await scheduleRefresh(sub.url, sub.refreshMinutes);
  }
}

export async function onAlarm(name: string): Promise<void> {
  if (name.startsWith(ALARM_PREFIX)) await refreshSubscriptionByUrl(name.slice(ALARM_PREFIX.length));
}

/** An administrator's policy (managed storage) sets the team pack for everyone. */
export async function applyManagedPolicy(): Promise<void> {
  let policy: Record<string, unknown> = {};
  try {
    policy = await browser.storage.managed.get(null);
  } catch {
    return; // no policy on this browser
  }
  if (typeof policy.subscriptionUrl === 'string' && policy.subscriptionUrl) {
    await subscribe(policy.subscriptionUrl, true);
  }
}
