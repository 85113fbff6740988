/**
 * The background's notices reach open panels by runtime message, and a panel counts only the
 * background's word: from Warmline and from no tab (a content script's or a page's has one).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTabPage, setTabPage } from '../background/tab-pages';
import { listenForNotices, sendNotice } from './notices';

const ID = fakeBrowser.runtime.id;
const PAGE = { snapshot: null, theme: 'dark' } as const;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('sendNotice', () => {
  it("sends the notice, names only, to that tab's frames, and is fine with nobody listening", async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    sendNotice(7, { notice: 'page-changed', tabId: 7 });
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(7, { notice: 'page-changed', tabId: 7 }));
  });
});

describe('listenForNotices', () => {
  const deliver = (message: unknown, sender: object) => fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);

  it('hears the background, and nothing else', async () => {
    const heard = vi.fn();
    const stop = listenForNotices(heard);
    const changed = { notice: 'page-changed', tabId: 7 };
    await deliver(changed, { id: ID, url: `chrome-extension://${ID}/background.js` });
    expect(heard).toHaveBeenCalledWith(changed);

    // A content script (or a page that took one over) has a tab; another extension another id.
    await deliver(changed, { id: ID, tab: { id: 7 }, url: 'https://www.linkedin.com/in/x/' });
    await deliver(changed, { id: 'another-extension' });
    for (const other of [{ notice: 'page-changed', tabId: '7' }, { notice: 'delete-all' }, 'page-changed', null, undefined, 42]) {
      await deliver(other, { id: ID });
    }
    expect(heard).toHaveBeenCalledTimes(1);

    await deliver({ notice: 'stores-changed', stores: ['content', 3, 'relationships'] }, { id: ID });
    expect(heard).toHaveBeenLastCalledWith({ notice: 'stores-changed', stores: ['content', 'relationships'] });

    stop();
    await deliver(changed, { id: ID });
    expect(heard).toHaveBeenCalledTimes(2);
  });
});

describe('tab pages', () => {
  it('keeps what each tab shows apart', async () => {
    await setTabPage(8, PAGE);
    expect(await getTabPage(8)).toEqual(PAGE);
    expect((await getTabPage(9)).snapshot).toBeNull();
  });
});
