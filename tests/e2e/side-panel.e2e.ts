/**
 * Zero-footprint mode (issue 18) in Chromium: the panel in the browser's side panel, nothing of
 * Warmline in LinkedIn's page. Headless Chromium cannot show the real side panel (it has no
 * browser window around its tabs), so the side panel's page is opened as a tab bound to the
 * LinkedIn tab (`sidepanel.html?tabId=N`, tests/support/side-panel.ts); what the toolbar button
 * does is read from the browser's own settings for it (chrome.action, chrome.sidePanel).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveFootprint, servedFootprint } from '../support/dom-footprint';
import { allRecords } from '../support/extension-store';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { launch, navigateInApp, type Harness } from '../support/harness';
import { clickIntoMessage, MESSAGE_BOX } from '../support/message-overlay';
import { nameTheRep } from '../support/settings';
import { choosePanelMode, openSidePanel } from '../support/side-panel';

const JANE = fixture('profile-logged-in.html');
const MARCUS = fixture('profile-public.html');
const NORTHWIND = fixture('company.html');
const FEED = fixture('feed.html');
const OPENER = '[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]';

// What the service worker's `chrome` offers these checks (the code runs there, not in Node).
declare const chrome: {
  action: { getPopup(details: object): Promise<string> };
  sidePanel: { getOptions(details: object): Promise<{ enabled?: boolean; path?: string }>; getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }> };
  tabs: {
    query(q: object): Promise<Array<{ id?: number; windowId?: number; url?: string }>>;
    create(properties: object): Promise<{ id?: number }>;
    update(tabId: number, properties: object): Promise<unknown>;
  };
  windows: { create(data: object): Promise<{ id?: number }> };
  runtime: { sendMessage(message: object): Promise<unknown> };
};

describe('the side panel (zero-footprint mode)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await nameTheRep(h, 'Robin Rep');
    await (await h.importFile('demo.json', DEMO_PACK)).close();
    await choosePanelMode(h, 'side-panel');
  });
  afterAll(async () => {
    await h?.close();
  });

  const nameIn = (side: Page) => side.getByTestId('wl-profile-name').textContent();

  it('follows the tab across three profiles and the feed, loaded in full or in-app; another site shows nothing of LinkedIn', async () => {
    const page = await h.open(FEED.url);
    const side = await openSidePanel(h, page);
    await side.getByTestId('wl-side-hint').waitFor();
    expect(await nameIn(side)).toBe('');

    await navigateInApp(page, JANE);
    await expect.poll(() => nameIn(side)).toBe('Jane Doe');
    await side.getByTestId('wl-intro').filter({ hasText: 'Priya Shah' }).waitFor();
    await side.locator(OPENER).waitFor();

    // A full load in the same tab, then a company page in-app.
    await page.goto(MARCUS.url);
    await expect.poll(() => nameIn(side)).toBe('Marcus Lee');
    await side.getByTestId('wl-suggestion').first().waitFor();
    await navigateInApp(page, NORTHWIND);
    await expect.poll(() => nameIn(side)).toBe('Northwind Traders');

    await page.evaluate(() => history.pushState({}, '', '/feed/'));
    await side.getByTestId('wl-side-hint').waitFor();
    expect(await nameIn(side)).toBe('');
    expect(await side.getByTestId('wl-intro').count()).toBe(0);

    // Another site: the side panel says where it works and shows nothing of LinkedIn.
    await page.goto('https://example.com/').catch(() => undefined);
    await side.getByTestId('wl-not-linkedin').waitFor();
    expect(await side.getByTestId('wl-suggestion').count()).toBe(0);
    expect(await nameIn(side)).toBe('');
    await Promise.all([page.close(), side.close()]);
  });

  it('follows the active tab of the rep\'s window, as the browser\'s side panel does (sidepanel.html?windowId=W)', async () => {
    const jane = await h.open(JANE.url);
    const windowId = await h.worker.evaluate(async (url) => (await chrome.tabs.query({ url })).at(-1)?.windowId ?? -1, JANE.url);
    // The side panel in a window of its own, following the rep's window.
    const opened = h.context.waitForEvent('page');
    await h.worker.evaluate((id) => chrome.windows.create({ url: `sidepanel.html?windowId=${id}` }), windowId);
    const side = await opened;
    await expect.poll(() => nameIn(side)).toBe('Jane Doe');
    await side.getByTestId('wl-intro').first().waitFor();

    // A profile opened in a new tab of that window, which becomes its active tab.
    const next = h.context.waitForEvent('page');
    await h.worker.evaluate(([id, url]) => chrome.tabs.create({ windowId: id, url, active: true }), [windowId, MARCUS.url] as const);
    const marcus = await next;
    await expect.poll(() => nameIn(side)).toBe('Marcus Lee');
    // Back to Jane's tab: shown again (from what the side panel remembers).
    const janeTab = await h.tabIdOf(jane);
    await h.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), janeTab);
    await expect.poll(() => nameIn(side)).toBe('Jane Doe');
    await side.getByTestId('wl-intro').filter({ hasText: 'Priya Shah' }).waitFor();
    await Promise.all([jane.close(), marcus.close(), side.close()]);
  });

  it('puts nothing into LinkedIn\'s page: the whole DOM, shadow roots and attributes included, is the page as served', async () => {
    const page = await h.open(JANE.url);
    const side = await openSidePanel(h, page);
    // The content script has read the profile and reported it (the side panel shows it) and the page has loaded.
    await expect.poll(() => nameIn(side)).toBe('Jane Doe');
    await page.waitForLoadState('load');
    const live = await liveFootprint(h, page);
    expect(live.shadowRoots).toBe(0);
    expect(live.frames).toBe(0);
    expect(live.nodes.filter((node) => /warmline|chrome-extension|data-wl|data-guard/i.test(node) || node.includes(h.extensionId))).toEqual([]);
    const served = await servedFootprint(page, JANE.html);
    expect(live.nodes).toEqual(served.nodes);

    // The same walk finds the in-page panel (its host, its closed shadow root, its frame) in page
    // mode, and nothing again once the mode is switched back, live.
    await choosePanelMode(h, 'page');
    await h.panelFrame(page);
    const inPage = await liveFootprint(h, page);
    expect(inPage.nodes).toContain('<warmline-panel>');
    expect([inPage.shadowRoots, inPage.frames]).toEqual([1, 1]);
    await choosePanelMode(h, 'side-panel');
    await expect.poll(async () => (await liveFootprint(h, page)).nodes).toEqual(served.nodes);
    await Promise.all([page.close(), side.close()]);
  });

  it('inserts into the message box the rep was using, in the tab it shows, and records it; the background checks the tab', async () => {
    const page = await h.open(JANE.url);
    const side = await openSidePanel(h, page);
    const insert = side.locator(`${OPENER} [data-testid="wl-insert"]`);
    await insert.waitFor();
    // The toolbar badge still counts the prospect's intros.
    await expect.poll(() => h.badgeText(page)).toBe('1');
    const before = (await allRecords(side, 'activities')).length;

    await clickIntoMessage(page);
    // No guard in the side panel: the page cannot reach it, so the first click counts.
    await insert.click();
    await expect.poll(() => page.locator(MESSAGE_BOX).first().textContent()).toContain('I saw you lead marketing at Acme Robotics');
    await expect.poll(() => side.locator(OPENER).getByTestId('wl-action-status').textContent()).toContain('Inserted');
    await expect.poll(async () => (await allRecords(side, 'activities')).length).toBe(before + 1);
    expect((await allRecords<{ action: string; profileSlug: string }>(side, 'activities')).at(-1)).toMatchObject({ action: 'insert', profileSlug: 'jane-doe-8a1b2c' });

    // The side panel may name only a LinkedIn tab (its own is not one), and only it may ask.
    const sideTab = await h.tabIdOf(side);
    expect(await side.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'side-panel:insert', tabId, text: 'Hello' }), sideTab)).toEqual({ ok: false, reason: 'no-tab' });
    const options = await h.extensionPage('options.html');
    const janeTab = await h.tabIdOf(page);
    expect(await options.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'side-panel:insert', tabId, text: 'Hello' }), janeTab)).toEqual({
      refused: 'side-panel:insert is not allowed from extension-page',
    });
    await Promise.all([page.close(), side.close(), options.close()]);
  });

  it('switches live: open LinkedIn tabs drop or regain the in-page panel without a reload, and the toolbar button follows', async () => {
    const page = await h.open(JANE.url);
    const host = page.locator('warmline-panel');
    const toolbar = () =>
      h.worker.evaluate(async () => ({
        popup: await chrome.action.getPopup({}),
        sidePanel: (await chrome.sidePanel.getOptions({})).enabled,
        opensSidePanel: (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick,
      }));
    // Side-panel mode (the suite's): nothing in the page; the toolbar opens the side panel.
    await expect.poll(toolbar).toEqual({ popup: '', sidePanel: true, opensSidePanel: true });
    expect(await host.count()).toBe(0);
    const marker = await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await choosePanelMode(h, 'page');
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).toBe('Jane Doe');
    await expect.poll(toolbar).toEqual({ popup: expect.stringMatching(/\/popup\.html$/), sidePanel: false, opensSidePanel: false });

    await choosePanelMode(h, 'side-panel');
    await expect.poll(() => host.count()).toBe(0);
    await expect.poll(toolbar).toEqual({ popup: '', sidePanel: true, opensSidePanel: true });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(marker);
    await page.close();
  });
});
