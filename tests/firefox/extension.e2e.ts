/**
 * The Firefox build in real Firefox (Debian's firefox-esr over WebDriver BiDi), as a rep and a
 * marketer use it: the panel beside a profile, nothing on the feed, intros and suggestions after a
 * pack import, in-app navigation, the popup's flag reaching the open panel, copy and insert.
 * The tests run in order on one browser, as one person's morning would.
 */
import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { clickIntoMessage, MESSAGE_BOX } from '../support/message-overlay';
import { countOf, launchFirefox, LINKEDIN_HOSTS, navigateInApp, textOf, type FirefoxHarness } from '../support/firefox-harness';

const JANE = fixture('profile-logged-in.html');
const MARCUS = fixture('profile-public.html');
const ME = 'Mia Marketer';
const OPENER = '[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]';
/** The demo pack's opener, personalised for Jane and signed by the rep. */
const OPENER_FOR_JANE =
  'Hi Jane, I saw you lead marketing at Acme Robotics. Teams like yours use our platform to get sales and marketing on the same page: reps reuse approved messaging instead of improvising. Open to a 20-minute look next week?\n\nBest,\nMia';

describe('the extension in Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The kind of each warm intro (exact, likely, company), in the order the panel shows them. */
  const introKinds = (panel: Frame) =>
    panel.evaluate(() => [...document.querySelectorAll('[data-testid="wl-intro"]')].map((card) => card.getAttribute('data-match')));

  it('has the LinkedIn host permission from the install, and nothing more', async () => {
    const granted = await h.permissions();
    expect(granted.origins).toEqual([LINKEDIN_HOSTS]);
    expect(granted.permissions.sort()).toEqual(['alarms', 'storage', 'unlimitedStorage']);
  });

  it.each([
    ['profile-logged-in.html', 'Jane Doe'],
    ['profile-public.html', 'Marcus Lee'],
    ['company.html', 'Northwind Traders'],
  ])('shows the name read from %s beside the profile', async (file, name) => {
    const page = await h.open(fixture(file).url);
    const panel = await h.panelFrame(page);
    await expect.poll(() => textOf(panel, '[data-testid="wl-profile-name"]')).toBe(name);
    // Nothing imported yet: the panel says so rather than staying blank.
    await expect.poll(() => countOf(panel, '[data-testid="wl-empty"]')).toBe(1);
    expect(await countOf(page, 'warmline-panel')).toBe(1);
    await page.close();
  });

  it('shows nothing on the feed, yet follows the rep from there to a profile', async () => {
    const page = await h.open(fixture('feed.html').url);
    // The content script runs at document_end, before the load event that goto waited for.
    expect(await countOf(page, 'warmline-panel')).toBe(0);
    expect(page.frames()).toHaveLength(1);
    // It is there and listening: LinkedIn's in-app navigation to a profile brings the panel.
    await navigateInApp(page, JANE);
    const panel = await h.panelFrame(page);
    await expect.poll(() => textOf(panel, '[data-testid="wl-profile-name"]')).toBe('Jane Doe');
    await page.evaluate(() => history.pushState({}, '', '/feed/'));
    await expect.poll(() => countOf(page, 'warmline-panel')).toBe(0);
    await page.close();
  });

  it('imports a pack on the options page; the panel shows its intros and personalised suggestions', async () => {
    const settings = await h.extensionPage('options.html#settings');
    const name = await settings.waitForSelector('[data-testid="wl-settings-name"]');
    await name!.type(ME);
    await settings.locator('form button[type="submit"]').click();
    await settings.waitForFunction(() => document.body.textContent?.includes('Settings saved.'));
    await settings.close();

    const options = await h.importFile('demo.json', DEMO_PACK);
    expect(await textOf(options, '[data-testid="wl-import-result"]')).toMatch(/Added\s*9/);
    await options.close();

    const page = await h.open(JANE.url);
    const panel = await h.panelFrame(page);
    await expect.poll(() => introKinds(panel)).toEqual(['exact']);
    expect(await textOf(panel, '[data-testid="wl-intro"]')).toContain('Priya Shah');
    await expect.poll(() => textOf(panel, OPENER)).toContain('Hi Jane, I saw you lead marketing at Acme Robotics');
    expect(await textOf(panel, OPENER)).toContain('Best,\nMia');
    // Drafts never reach reps.
    expect(await countOf(panel, '[data-content-id="demo-draft-holiday"]')).toBe(0);
    // Nothing of the library, the relationships or the extension's address reaches LinkedIn's page.
    const html = await page.content();
    for (const secret of ['Priya Shah', 'I saw you lead marketing', 'moz-extension://', h.origin.slice('moz-extension://'.length)]) {
      expect(html).not.toContain(secret);
    }
    await page.close();
  });

  it('follows in-app navigation to another profile in the same panel', async () => {
    const page = await h.open(JANE.url);
    const panel = await h.panelFrame(page);
    await expect.poll(() => introKinds(panel)).toEqual(['exact']);

    await navigateInApp(page, MARCUS);
    await expect.poll(() => textOf(panel, '[data-testid="wl-profile-name"]')).toBe('Marcus Lee');
    await expect.poll(() => introKinds(panel)).toEqual(['company', 'likely']);
    expect(await countOf(page, 'warmline-panel')).toBe(1);
    expect(await h.panelFrame(page)).toBe(panel);
    await page.close();
  });

  it('prefills the popup from the profile, and a saved flag shows in the open panel', async () => {
    const page = await h.open(JANE.url);
    const panel = await h.panelFrame(page);
    await expect.poll(() => introKinds(panel)).toEqual(['exact']);
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(page)}`);
    await popup.waitForSelector('[data-testid="wl-flag-form"]');
    const value = (testId: string) => popup.$eval(`[data-testid="${testId}"]`, (el) => (el as HTMLInputElement).value);
    await expect.poll(() => value('wl-flag-name')).toBe('Jane Doe');
    expect(await value('wl-flag-company')).toBe('Acme Robotics');
    expect(await value('wl-flag-url')).toBe('https://www.linkedin.com/in/jane-doe-8a1b2c/');

    await popup.select('[data-testid="wl-flag-relation"]', 'former-colleague');
    await popup.select('[data-testid="wl-flag-strength"]', '5');
    await popup.locator('[data-testid="wl-flag-notes"]').fill('Sat next to her at Globex');
    await popup.locator('[data-testid="wl-flag-save"]').click();
    await popup.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="wl-flag-item"]')].some((item) => item.textContent?.includes('Jane Doe')),
    );

    // No reload: the panel hears of the new flag.
    await expect.poll(() => introKinds(panel)).toEqual(['exact', 'exact']);
    const mine = await panel.evaluate(
      (me) => [...document.querySelectorAll('[data-testid="wl-intro"]')].find((card) => card.textContent?.includes(me))?.textContent,
      ME,
    );
    expect(mine).toContain('Sat next to her at Globex');
    await popup.close();
    await page.close();
  });

  it('copies a suggestion to the clipboard and inserts it into the message box without sending', async () => {
    const page = await h.open(JANE.url);
    const panel = await h.panelFrame(page);
    await panel.locator(`${OPENER} [data-testid="wl-copy"]`).click();
    await panel.waitForFunction((opener) => document.querySelector(`${opener} [data-testid="wl-action-status"]`)?.textContent?.includes('Copied'), {}, OPENER);
    // What the rep pastes next: read from the system clipboard, in LinkedIn's page.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(OPENER_FOR_JANE);

    await page.evaluate(() => {
      document.querySelector('.msg-form__send-button')?.addEventListener('click', () => {
        document.body.dataset.sent = 'yes';
      });
    });
    // The rep is in the message to Jane, then presses Insert. Firefox cannot tell the panel what
    // the rep sees (no IntersectionObserver v2), so an insert asks again, inside the panel.
    await clickIntoMessage(page);
    await panel.locator(`${OPENER} [data-testid="wl-insert"]`).click();
    await panel.waitForSelector('[data-testid="wl-guard-confirm-prompt"]');
    const lines = () => page.$eval(MESSAGE_BOX, (box) => [...box.children].map((line) => line.textContent).join('\n'));
    expect(await lines()).toBe('');
    await panel.waitForSelector('[data-testid="wl-guard-confirm"][aria-disabled="false"]');
    await panel.locator('[data-testid="wl-guard-confirm"]').click();
    await panel.waitForFunction(
      (opener) => document.querySelector(`${opener} [data-testid="wl-action-status"]`)?.textContent?.includes('Inserted into the message box'),
      {},
      OPENER,
    );
    // One paragraph per line, as LinkedIn's editor keeps them.
    await expect.poll(lines).toBe(OPENER_FOR_JANE);
    expect(await page.evaluate(() => document.body.dataset.sent)).toBeUndefined();
    await page.close();
  });

  it('holds the panel\'s actions when the page restyles its host, until the rep confirms', async () => {
    const page = await h.open(JANE.url);
    const panel = await h.panelFrame(page);
    await panel.waitForSelector(`${OPENER} [data-testid="wl-insert"]`);
    await clickIntoMessage(page);
    await page.evaluate(() => {
      (document.querySelector('warmline-panel') as HTMLElement).style.cssText = 'position:fixed;left:0;top:0;width:100vw;height:100vh;opacity:0.01;z-index:2147483647';
    });
    await panel.waitForSelector('[data-testid="wl-guard-held"]');
    await panel.locator(`${OPENER} [data-testid="wl-insert"]`).click();
    expect(await countOf(panel, '[data-testid="wl-guard-confirm-prompt"]')).toBe(0);
    expect(await page.$eval(MESSAGE_BOX, (box) => box.textContent)).toBe('');
    await page.close();
  });
});
