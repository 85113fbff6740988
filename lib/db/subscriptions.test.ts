import { beforeEach, describe, expect, it } from 'vitest';
import { deleteSubscription, getSubscription, listSubscriptions, putSubscription } from './subscriptions';
import { subscription } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';

describe('subscriptions store', () => {
  beforeEach(useFreshDatabase);

  it('puts by url, replaces, lists and deletes', async () => {
    const a = subscription({ url: 'https://a.example/pack.json' });
    const b = subscription({ url: 'https://b.example/pack.json', managed: true });
    await putSubscription(a);
    await putSubscription(b);
    await putSubscription({ ...a, etag: '"v2"', lastSuccessAt: '2026-01-01T00:00:00Z' });
    expect(await getSubscription(a.url)).toEqual({ ...a, etag: '"v2"', lastSuccessAt: '2026-01-01T00:00:00Z' });
    expect((await listSubscriptions()).map((s) => s.url)).toEqual([a.url, b.url]);
    await deleteSubscription(a.url);
    expect(await getSubscription(a.url)).toBeUndefined();
    expect(await listSubscriptions()).toEqual([b]);
  });
});
