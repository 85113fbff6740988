/**
 * A tab's page changes reach that tab's panel by message (Firefox gives a frame inside a web page
 * no storage.session to watch), and only the background's word makes the panel ask again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTabPage, onTabPageChange, setTabPage } from './tab-pages';

const ID = fakeBrowser.runtime.id;
const JANE = { snapshot: null, theme: 'dark' } as const;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('setTabPage', () => {
  it('stores the page and tells that tab, and no other, that it changed', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await setTabPage(7, JANE);
    expect(await getTabPage(7)).toEqual(JANE);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledWith(7, { type: 'panel:page-changed' });
  });

  it('stores the page even when the tab cannot be told (no frame listening, or a closed tab)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await setTabPage(8, JANE);
    expect(await getTabPage(8)).toEqual(JANE);
  });
});

describe('onTabPageChange', () => {
  const deliver = (message: unknown, sender: object) => fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);

  it('calls back for the background (Warmline, no tab), and for nothing else', async () => {
    const heard = vi.fn();
    const stop = onTabPageChange(heard);
    const changed = { type: 'panel:page-changed' };
    await deliver(changed, { id: ID, url: `chrome-extension://${ID}/background.js` });
    expect(heard).toHaveBeenCalledTimes(1);

    // A content script (or a page that took one over) has a tab; another extension another id.
    await deliver(changed, { id: ID, tab: { id: 7 }, url: 'https://www.linkedin.com/in/x/' });
    await deliver(changed, { id: 'another-extension' });
    for (const other of [{ type: 'badge:refresh' }, 'panel:page-changed', null, undefined, 42]) {
      await deliver(other, { id: ID });
    }
    expect(heard).toHaveBeenCalledTimes(1);

    stop();
    await deliver(changed, { id: ID });
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
