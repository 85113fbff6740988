import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANGE_CHANNEL, closeChangeChannel, notifyChange, onStoreChange } from './changes';
import { getContent, putContent } from './content';
import { putRelationship } from './relationships';
import { LOCAL, storedContent, relationship, ACME_ROBOTICS } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';

/** The next message on a channel, as another context would receive it. */
function nextMessage(channel: BroadcastChannel): Promise<unknown> {
  return new Promise((resolve) => {
    channel.addEventListener('message', (event) => resolve((event as MessageEvent).data), { once: true });
  });
}

describe('change notifications', () => {
  const opened: BroadcastChannel[] = [];
  function otherContext(): BroadcastChannel {
    const channel = new BroadcastChannel(CHANGE_CHANNEL);
    opened.push(channel);
    return channel;
  }

  beforeEach(useFreshDatabase);
  afterEach(() => {
    for (const channel of opened.splice(0)) channel.close();
    closeChangeChannel();
    vi.unstubAllGlobals();
  });

  it('reach another context after a write', async () => {
    const other = otherContext();
    const received = nextMessage(other);
    await putRelationship(relationship({ company: ACME_ROBOTICS }), LOCAL);
    expect(await received).toEqual({ type: 'warmline-db-change', stores: ['relationships'] });
  });

  it('reach listeners in the same context, after the data is committed', async () => {
    const seen: Array<{ stores: string[]; source: string; title: string | undefined }> = [];
    const heard = new Promise<void>((resolve) => {
      onStoreChange((stores, source) => {
        void getContent('c1').then((item) => {
          seen.push({ stores, source, title: item?.title });
          resolve();
        });
      });
    });
    await putContent(storedContent({ id: 'c1', title: 'Fresh' }));
    await heard;
    expect(seen).toEqual([{ stores: ['content'], source: 'here', title: 'Fresh' }]);
  });

  it('stop after unsubscribing', async () => {
    const listener = vi.fn();
    const unsubscribe = onStoreChange(listener);
    notifyChange(['content']);
    unsubscribe();
    notifyChange(['content']);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('from another context reach this context, ignoring malformed messages', async () => {
    const calls: Array<[string[], string]> = [];
    const heard = new Promise<void>((resolve) => {
      onStoreChange((stores, source) => {
        calls.push([stores, source]);
        if (stores.includes('feedback')) resolve();
      });
    });
    const other = otherContext();
    other.postMessage('junk');
    other.postMessage({ type: 'warmline-db-change', stores: ['nope'] });
    other.postMessage({ type: 'warmline-db-change', stores: ['feedback', 'bogus'] });
    await heard;
    expect(calls).toEqual([[['feedback'], 'elsewhere']]);
  });

  it('are not sent when a write fails', async () => {
    const listener = vi.fn();
    onStoreChange(listener);
    const keyless = { ...storedContent(), id: undefined } as unknown as Parameters<typeof putContent>[0];
    await expect(putContent(keyless)).rejects.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });

  it('still reach local listeners where BroadcastChannel does not exist', () => {
    closeChangeChannel();
    vi.stubGlobal('BroadcastChannel', undefined);
    const listener = vi.fn();
    onStoreChange(listener);
    notifyChange(['meta']);
    expect(listener).toHaveBeenCalledWith(['meta'], 'here');
  });
});
