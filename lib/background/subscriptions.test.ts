import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { applyImport, deleteAllData, getContent, getMeta, getSettings, META, getSubscription, listContent, listRelationships, saveSettings } from '../db';
import type { Subscription } from '../model';
import { contentItem, packText, T1, T2 } from '../../tests/support/builders';
import { applyManagedPolicy, readManagedPolicy } from './managed-policy';
import { onAlarm, refreshSubscription, removeSubscription, subscribe } from './subscriptions';

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
    expect((await listContent()).map((item) => item.meta.origin)).toEqual([{ kind: 'subscription', url: PACK_URL, packName: 'Acme field pack' }]);
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
    expect(readManagedPolicy({ subscriptionUrl: 42, team: ' East ', refreshMinutes: 5, teamServerUrl: 7 })).toEqual({ team: 'East', refreshMinutes: 15 });
  });

  it("keeps the administrator's team server for the Team tab, and forgets it when the policy does", async () => {
    await fakeBrowser.storage.managed.set({ teamServerUrl: ' https://warmline.acme.example ' });
    await applyManagedPolicy();
    expect(await getMeta(META.teamPolicy)).toEqual({ serverUrl: 'https://warmline.acme.example' });
    await fakeBrowser.storage.managed.clear();
    await applyManagedPolicy();
    expect(await getMeta(META.teamPolicy)).toEqual({});
  });
});

const URL_ = 'https://packs.acme.example/field.json';
const NOW = new Date('2026-06-01T08:00:00.000Z');
const LATER = new Date('2026-06-01T14:00:00.000Z');

type Call = { url: string; headers: Record<string, string> };

/** A fetch that answers from a script and records what it was asked. */
function fakeFetch(answers: Array<() => Response>): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) } });
    const next = answers.shift();
    if (!next) throw new Error('unexpected fetch');
    return next();
  };
  return { fetch: impl as typeof fetch, calls };
}

const sub0: Subscription = { url: URL_, managed: false, refreshMinutes: 360 };

describe('refreshSubscription', () => {
  it('200 stores the pack, 304 leaves it, 500 and a broken pack keep the last good copy', async () => {
    const { fetch, calls } = fakeFetch([
      () => new Response(packText(), { status: 200, headers: { ETag: '"v1"', 'Last-Modified': 'Mon, 01 Jun 2026 07:00:00 GMT' } }),
      () => new Response(null, { status: 304 }),
      () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
      () => new Response(packText({ content: [contentItem({ updatedAt: T2, body: 'Hi {{nickname}}' })] }), { status: 200, headers: { ETag: '"v2"' } }),
      () => {
        throw new TypeError('Failed to fetch');
      },
    ]);

    const first = await refreshSubscription(sub0, fetch, NOW);
    expect(first.outcome).toBe('updated');
    expect(first.report).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 0, conflicts: 0, warnings: 0, errors: 0 });
    expect(first.sub).toEqual({
      ...sub0,
      etag: '"v1"',
      lastModified: 'Mon, 01 Jun 2026 07:00:00 GMT',
      lastAttemptAt: NOW.toISOString(),
      lastSuccessAt: NOW.toISOString(),
      packName: 'Acme field pack',
    });
    expect((await getContent('c1'))?.meta.origin).toEqual({ kind: 'subscription', url: URL_, packName: 'Acme field pack' });
    expect(calls[0]?.headers['If-None-Match']).toBeUndefined();

    const second = await refreshSubscription(first.sub, fetch, LATER);
    expect(second.outcome).toBe('not-modified');
    expect(calls[1]?.headers).toMatchObject({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Mon, 01 Jun 2026 07:00:00 GMT' });
    expect(second.sub).toMatchObject({ etag: '"v1"', lastAttemptAt: LATER.toISOString(), lastSuccessAt: LATER.toISOString() });

    const before = { content: await listContent(), relationships: await listRelationships() };

    const third = await refreshSubscription(second.sub, fetch, LATER);
    expect(third.outcome).toBe('failed');
    expect(third.error).toContain('500 Internal Server Error');
    expect(third.sub).toMatchObject({ lastError: third.error, etag: '"v1"', lastSuccessAt: LATER.toISOString() });

    const fourth = await refreshSubscription(third.sub, fetch, LATER);
    expect(fourth.outcome).toBe('failed');
    expect(fourth.sub.lastError).toContain('The pack has a problem. Library item 1, “Intro note”: the body uses {{nickname}}, which is not a token Warmline fills in. The last good copy is kept.');
    expect(fourth.sub.etag).toBe('"v1"');

    const fifth = await refreshSubscription(fourth.sub, fetch, LATER);
    expect(fifth.outcome).toBe('failed');
    expect(fifth.sub.lastError).toContain('Could not reach packs.acme.example');

    expect({ content: await listContent(), relationships: await listRelationships() }).toEqual(before);
  });

  it('clears lastError after a success', async () => {
    const { fetch } = fakeFetch([() => new Response(packText(), { status: 200 })]);
    const result = await refreshSubscription({ ...sub0, lastError: 'old', etag: '"stale"' }, fetch, NOW);
    expect(result.outcome).toBe('updated');
    expect(result.sub).not.toHaveProperty('lastError');
    expect(result.sub).not.toHaveProperty('etag');
  });

  it('refuses non-https addresses without fetching', async () => {
    const { fetch, calls } = fakeFetch([]);
    const result = await refreshSubscription({ ...sub0, url: 'http://packs.acme.example/p.json' }, fetch, NOW);
    expect(result).toMatchObject({ outcome: 'failed', error: expect.stringContaining('https') });
    expect(calls).toEqual([]);
  });

  it('refuses a file that is not a pack', async () => {
    const { fetch } = fakeFetch([() => new Response('<html>login</html>', { status: 200 })]);
    const result = await refreshSubscription(sub0, fetch, NOW);
    expect(result.outcome).toBe('failed');
    expect(result.sub.lastError).toContain('Line 1, column 1');
    expect(await listContent()).toEqual([]);
  });

  it('keeps a local edit of a pack item and reports it as a conflict with both dates', async () => {
    const edited = { ...contentItem({ title: 'My own wording', updatedAt: T1 }), meta: { origin: { kind: 'subscription' as const, url: URL_, packName: 'Acme field pack' }, locallyEditedAt: '2026-02-10T00:00:00.000Z' } };
    await applyImport({ content: [edited], relationships: [] });
    const { fetch } = fakeFetch([() => new Response(packText({ content: [contentItem({ updatedAt: T2, title: 'Pack wording' })] }), { status: 200 })]);

    const result = await refreshSubscription(sub0, fetch, NOW);

    expect(result.outcome).toBe('updated');
    expect(result.report?.conflicts).toBe(1);
    expect(result.held).toEqual({
      content: 1,
      relationships: 1,
      conflicts: [
        { kind: 'content', id: 'c1', label: 'My own wording', reason: 'edited-here', localUpdatedAt: T1, locallyEditedAt: '2026-02-10T00:00:00.000Z', incomingUpdatedAt: T2 },
      ],
    });
    expect((await getContent('c1'))?.title).toBe('My own wording');
  });
});
