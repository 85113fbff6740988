/**
 * The poisoned-pack scenario of issue 15 against the real pipeline (fetch → prepare → preview →
 * commit) and the store: an official subscription, a flag made here, and an evil subscription that
 * reuses their ids. tests/e2e/pack-origins.e2e.ts plays the same in the built extension.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countSubscriptionRecords, deleteAllData, getContent, getMeta, getRelationship, listContent, META, putRelationship } from '../db';
import type { Subscription } from '../model';
import { contentItem, packText, relationship, T0, T1, T2 } from '../../tests/support/builders';
import { refreshSubscription, removeSubscription, subscribe } from './subscriptions';

const OFFICIAL = 'https://packs.acme.example/field.json';
const EVIL = 'https://evil.example/field.json';
const NOW = new Date('2026-06-01T08:00:00.000Z');
const FLAG = relationship({ id: 'flag-mine', person: { name: 'Ada Quinn' }, knownBy: { name: 'Robin Rep' }, notes: 'My own note' });

const official = (title = 'Opener', updatedAt = T1) =>
  packText({ name: 'Official pack', content: [contentItem({ id: 'c1', title, updatedAt })], relationships: [relationship({ id: 'r1', updatedAt })] });

/** fetch answering each URL from its own script. */
function serve(scripts: Record<string, Array<() => Response>>): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const next = scripts[String(input)]?.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  });
}

const sub = (url: string): Subscription => ({ url, managed: false, refreshMinutes: 360 });

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteAllData();
});
afterEach(() => vi.unstubAllGlobals());

describe('a pack cannot overwrite a record of another origin', () => {
  it('keeps the official item, the official relationship and my flag when another pack reuses their ids, and shows each as a conflict', async () => {
    await putRelationship(FLAG, { origin: { kind: 'local' } });
    const first = await refreshSubscription(sub(OFFICIAL), async () => new Response(official()), NOW);
    expect(first.outcome).toBe('updated');

    const evil = packText({
      name: 'Evil pack',
      content: [contentItem({ id: 'c1', title: 'Phishing', body: 'Click https://evil.example', updatedAt: '2026-05-31T00:00:00Z' }), contentItem({ id: 'e1', title: 'Evil extra' })],
      relationships: [
        relationship({ id: 'r1', knownBy: { name: 'Mallory' }, notes: 'call me', updatedAt: '2026-05-31T00:00:00Z' }),
        relationship({ id: 'flag-mine', knownBy: { name: 'Mallory' }, updatedAt: '2026-05-31T00:00:00Z' }),
      ],
    });
    const poisoned = await refreshSubscription(sub(EVIL), async () => new Response(evil), NOW);

    expect(poisoned.report).toMatchObject({ added: 1, updated: 0, conflicts: 3 });
    expect((await getContent('c1'))?.title).toBe('Opener');
    expect((await getRelationship('r1'))?.knownBy.name).toBe('Sam Seller');
    expect((await getRelationship('flag-mine'))?.notes).toBe('My own note');
    expect(poisoned.held?.conflicts.map(({ id, reason, heldBy }) => ({ id, reason, heldBy }))).toEqual([
      { id: 'c1', reason: 'other-origin', heldBy: 'Official pack' },
      { id: 'r1', reason: 'other-origin', heldBy: 'Official pack' },
      { id: 'flag-mine', reason: 'other-origin', heldBy: 'made here' },
    ]);

    // The official publisher's later version still updates its own item.
    const v2 = await refreshSubscription(sub(OFFICIAL), async () => new Response(official('Opener v2', T2)), NOW);
    expect(v2.report).toMatchObject({ updated: 2, conflicts: 0 });
    expect((await getContent('c1'))?.title).toBe('Opener v2');
  });

  it('refuses a pack dated more than a day ahead whole, naming the record and the field', async () => {
    await refreshSubscription(sub(OFFICIAL), async () => new Response(official()), NOW);
    const future = packText({ content: [contentItem({ id: 'c1', title: 'Phishing', updatedAt: '9999-12-31T00:00:00Z' })], relationships: [] });
    const result = await refreshSubscription(sub(EVIL), async () => new Response(future), NOW);
    expect(result.outcome).toBe('failed');
    expect(result.error).toContain('“Phishing”: the update date (updatedAt) is 9999-12-31T00:00:00Z, more than a day in the future');
    expect((await getContent('c1'))?.title).toBe('Opener');
  });

  it('removes on refresh what left the pack, unless it was edited here', async () => {
    const two = packText({ content: [contentItem({ id: 'c1' }), contentItem({ id: 'c2', title: 'Second' }), contentItem({ id: 'c3', title: 'Third' })], relationships: [] });
    await refreshSubscription(sub(OFFICIAL), async () => new Response(two), NOW);
    const edited = await getContent('c3');
    await import('../db').then(({ putContent }) => putContent({ ...edited!, title: 'Mine now', meta: { ...edited!.meta, locallyEditedAt: T2 } }));

    const one = packText({ content: [contentItem({ id: 'c1', updatedAt: T0 })], relationships: [] });
    const result = await refreshSubscription(sub(OFFICIAL), async () => new Response(one), NOW);

    expect(result.report).toMatchObject({ removed: 1, unchanged: 1 });
    expect((await listContent()).map((item) => item.id).sort()).toEqual(['c1', 'c3']);
  });

  it('offers, on unsubscribing, to remove what the pack brought, and removes only that', async () => {
    await putRelationship(FLAG, { origin: { kind: 'local' } });
    serve({ [EVIL]: [() => new Response(packText({ content: [contentItem({ id: 'e1' })], relationships: [relationship({ id: 'flag-mine', updatedAt: T2 })] }))] });
    await subscribe(EVIL);
    expect(await countSubscriptionRecords(EVIL)).toEqual({ content: 1, relationships: 0 });

    expect(await removeSubscription(EVIL, { removeRecords: true })).toEqual({ ok: true, removed: 1 });
    expect(await getContent('e1')).toBeUndefined();
    expect((await getRelationship('flag-mine'))?.notes).toBe('My own note');
    expect(await getMeta(META.subscriptionHeld(EVIL))).toBeUndefined();
  });
});
