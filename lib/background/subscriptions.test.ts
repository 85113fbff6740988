import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { deleteAllData, getMeta, getSettings, META, getSubscription, listContent, saveSettings } from '../db';
import { packText } from '../../tests/support/builders';
import { applyManagedPolicy, onAlarm, readManagedPolicy, removeSubscription, subscribe } from './subscriptions';

const PACK_URL = 'https://packs.acme.example/field.json';

/** fetch answering from a list, in order. */
function serve(...answers: Array<() => Response>): void {
  vi.stubGlobal('fetch', async () => {
    const next = answers.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteAllData();
  await saveSettings({ team: '' });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('subscriptions in the background', () => {
  it('subscribes: stores the pack, schedules a 6-hour alarm, refreshes on it and keeps the copy on failure', async () => {
    serve(
      () => new Response(packText(), { status: 200, headers: { ETag: '"v1"' } }),
      () => new Response('down', { status: 500 }),
    );
    const result = await subscribe(PACK_URL);
    expect(result).toMatchObject({ ok: true, outcome: 'updated', report: { added: 2 } });
    expect(await browser.alarms.get(`refresh:${PACK_URL}`)).toMatchObject({ periodInMinutes: 360 });
    expect((await listContent()).map((item) => item.meta.origin)).toEqual([{ kind: 'pack', packName: 'Acme field pack', subscriptionUrl: PACK_URL }]);
    expect(await getMeta(META.subscriptionHeld(PACK_URL))).toEqual({ content: 1, relationships: 1, conflicts: [] });

    await onAlarm(`refresh:${PACK_URL}`);
    const sub = await getSubscription(PACK_URL);
    expect(sub?.lastError).toContain('500');
    expect(sub?.etag).toBe('"v1"');
    expect(await listContent()).toHaveLength(1);
  });

  it('unsubscribes: the subscription and its alarm go, the items stay', async () => {
    serve(() => new Response(packText(), { status: 200 }));
    await subscribe(PACK_URL);
    expect(await removeSubscription(PACK_URL)).toEqual({ ok: true });
    expect(await getSubscription(PACK_URL)).toBeUndefined();
    expect(await browser.alarms.get(`refresh:${PACK_URL}`)).toBeUndefined();
    expect(await listContent()).toHaveLength(1);
  });

  it('applies the managed policy: a managed subscription, the team when none is set, the interval', async () => {
    serve(() => new Response(packText(), { status: 200 }));
    await fakeBrowser.storage.managed.set({ subscriptionUrl: PACK_URL, team: 'EMEA Enterprise', refreshMinutes: 60 });
    await applyManagedPolicy();
    expect(await getSubscription(PACK_URL)).toMatchObject({ managed: true, refreshMinutes: 60, packName: 'Acme field pack' });
    expect(await browser.alarms.get(`refresh:${PACK_URL}`)).toMatchObject({ periodInMinutes: 60 });
    expect((await getSettings()).team).toBe('EMEA Enterprise');
    expect(await removeSubscription(PACK_URL)).toMatchObject({ ok: false, error: expect.stringContaining('administrator') });
    expect(await getSubscription(PACK_URL)).toBeDefined();
  });

  it('does not overwrite a team the user chose, and releases a subscription the policy dropped', async () => {
    serve(
      () => new Response(packText(), { status: 200 }),
      () => new Response(null, { status: 304 }),
    );
    await saveSettings({ team: 'Mine' });
    await fakeBrowser.storage.managed.set({ subscriptionUrl: PACK_URL, team: 'Theirs' });
    await applyManagedPolicy();
    expect((await getSettings()).team).toBe('Mine');

    await fakeBrowser.storage.managed.clear();
    await applyManagedPolicy();
    expect(await getSubscription(PACK_URL)).toMatchObject({ managed: false });
  });

  it('reads a policy leniently', () => {
    expect(readManagedPolicy({ subscriptionUrl: 42, team: ' East ', refreshMinutes: 5 })).toEqual({ team: 'East', refreshMinutes: 15 });
  });
});
