/**
 * Zero-footprint mode (issue 18) in Firefox: the panel in Firefox's sidebar, nothing of Warmline
 * in LinkedIn's page. WebDriver BiDi cannot open or drive the real sidebar, so the sidebar's page
 * is opened as a tab bound to the LinkedIn tab (`sidepanel.html?tabId=N`), as in Chromium.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFootprint, servedFootprint } from '../support/dom-footprint';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { countOf, launchFirefox, navigateInApp, textOf, type FirefoxHarness } from '../support/firefox-harness';
import { clickIntoMessage, MESSAGE_BOX } from '../support/message-overlay';
import type { PanelMode } from '../../lib/model/vocabulary';

const JANE = fixture('profile-logged-in.html');
const MARCUS = fixture('profile-public.html');
const NORTHWIND = fixture('company.html');
const FEED = fixture('feed.html');
const OPENER = '[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]';

// What an extension page's `browser` offers these checks (the code runs there, not in Node).
declare const browser: { action: { getPopup(details: object): Promise<string> } };

async function sidePanelFor(h: FirefoxHarness, page: Page): Promise<Page> {
  const side = await h.extensionPage(`sidepanel.html?tabId=${await h.tabIdOf(page)}`);
  await side.waitForSelector('[data-testid="wl-panel"]');
  return side;
}

async function choosePanelMode(h: FirefoxHarness, mode: PanelMode): Promise<Page> {
  const options = await h.extensionPage('options.html#settings');
  await options.waitForSelector('[data-testid="wl-panel-mode"]:not([disabled])');
  await options.select('[data-testid="wl-panel-mode"]', mode);
  await options.waitForFunction(() => document.querySelector('[data-testid="wl-panel-mode-status"]')?.textContent?.startsWith('Saved.'));
  return options;
}

const nameIn = (side: Page) => textOf(side, '[data-testid="wl-profile-name"]');

describe('the side panel in Firefox (zero-footprint mode)', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox();
    const settings = await h.extensionPage('options.html#settings');
    await (await settings.waitForSelector('[data-testid="wl-settings-name"]'))!.type('Mia Marketer');
    await settings.locator('[data-testid="wl-settings-save"]').click();
    await settings.waitForFunction(() => document.body.textContent?.includes('Settings saved.'));
    await settings.close();
    await (await h.importFile('demo.json', DEMO_PACK)).close();
    await (await choosePanelMode(h, 'side-panel')).close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('follows the tab across three profiles and the feed, and puts nothing into LinkedIn\'s page', async () => {
    const page = await h.open(FEED.url);
    const side = await sidePanelFor(h, page);
    await side.waitForSelector('[data-testid="wl-side-hint"]');

    await navigateInApp(page, JANE);
    await expect.poll(() => nameIn(side)).toBe('Jane Doe');
    await expect.poll(() => textOf(side, '[data-testid="wl-intro"]')).toContain('Priya Shah');
    await page.goto(MARCUS.url);
    await expect.poll(() => nameIn(side)).toBe('Marcus Lee');
    await navigateInApp(page, NORTHWIND);
    await expect.poll(() => nameIn(side)).toBe('Northwind Traders');
    await page.evaluate(() => history.pushState({}, '', '/feed/'));
    await side.waitForSelector('[data-testid="wl-side-hint"]');
    expect(await countOf(side, '[data-testid="wl-intro"]')).toBe(0);

    // A profile loaded in full: read, reported and shown, and the page is exactly as served.
    await page.goto(JANE.url);
    await expect.poll(() => nameIn(side)).toBe('Jane Doe');
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(page.frames()).toHaveLength(1);
    expect(await countOf(page, 'warmline-panel')).toBe(0);
    expect((await pageFootprint(page)).nodes).toEqual((await servedFootprint(page, JANE.html)).nodes);
    await Promise.all([page.close(), side.close()]);
  });

  it('inserts into the message box the rep was using, with no second confirmation (the page cannot reach the side panel)', async () => {
    const page = await h.open(JANE.url);
    const side = await sidePanelFor(h, page);
    await side.waitForSelector(`${OPENER} [data-testid="wl-insert"]`);
    await clickIntoMessage(page);
    await side.bringToFront();
    await side.locator(`${OPENER} [data-testid="wl-insert"]`).click();
    await expect.poll(() => textOf(side, `${OPENER} [data-testid="wl-action-status"]`)).toContain('Inserted into the message box');
    expect(await countOf(side, '[data-testid="wl-guard-confirm-prompt"]')).toBe(0);
    await expect.poll(() => page.$eval(MESSAGE_BOX, (box) => box.textContent)).toContain('I saw you lead marketing at Acme Robotics');
    await Promise.all([page.close(), side.close()]);
  });

  it('switches live: the open tab drops or regains the in-page panel, and the toolbar button follows', async () => {
    const page = await h.open(JANE.url);
    const options = await choosePanelMode(h, 'page');
    const panel = await h.panelFrame(page);
    await expect.poll(() => textOf(panel, '[data-testid="wl-profile-name"]')).toBe('Jane Doe');
    await expect.poll(() => options.evaluate(() => browser.action.getPopup({}))).toMatch(/\/popup\.html$/);

    await options.select('[data-testid="wl-panel-mode"]', 'side-panel');
    await expect.poll(() => countOf(page, 'warmline-panel')).toBe(0);
    expect(page.frames()).toHaveLength(1);
    // No popup: the toolbar button opens the sidebar.
    await expect.poll(() => options.evaluate(() => browser.action.getPopup({}))).toBe('');
    await Promise.all([page.close(), options.close()]);
  });
});

describe('the managed policy in Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox({ managedStorage: { panelMode: 'side-panel' } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sets the side panel for everyone and locks the setting, shown as set by the administrator', async () => {
    const options = await h.extensionPage('options.html#settings');
    await options.waitForSelector('[data-testid="wl-panel-mode-managed"]');
    expect(await textOf(options, '[data-testid="wl-panel-mode-managed"]')).toBe('Set by your administrator.');
    expect(await options.$eval('[data-testid="wl-panel-mode"]', (select) => [(select as HTMLSelectElement).value, (select as HTMLSelectElement).disabled])).toEqual([
      'side-panel',
      true,
    ]);
    const page = await h.open(JANE.url);
    const side = await sidePanelFor(h, page);
    await expect.poll(() => nameIn(side)).toBe('Jane Doe');
    expect(await countOf(page, 'warmline-panel')).toBe(0);
    expect(page.frames()).toHaveLength(1);
    await Promise.all([page.close(), side.close(), options.close()]);
  });
});
