/**
 * Issue 15, finding 3, in the built extension: the page cannot clickjack the panel. Each attack
 * is one real click (Playwright's mouse at page coordinates, as a person's), and each time nothing
 * is inserted and nothing recorded. The layers: the content script watches the panel's host and
 * inserts only into the box the rep was using, if it can be seen (lib/linkedin/host-guard.ts,
 * message-box-focus.ts); the panel acts only on a button it has seen visible (IntersectionObserver
 * v2) and holds its actions when the page restyled, moved or covered it (views/panel/guard/).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { allRecords } from '../support/extension-store';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { clickSeen, clickUnseen, clickWhenReady } from '../support/guarded-click';
import { drawCoverLettingClicksThrough } from '../support/page-cover';
import { launch, type Harness } from '../support/harness';
import { clickIntoMessage, linkedInLook, MESSAGE_BOX } from '../support/message-overlay';

const OPENER = '[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]';

describe('the page cannot clickjack the panel', () => {
  let h: Harness;
  let options: Page;
  let page: Page;
  let panel: Frame;
  let insert: Locator;

  beforeAll(async () => {
    h = await launch();
    // The rep's name, so the opener has no value left to fill in before it can be sent.
    const settings = await h.extensionPage('options.html#settings');
    await settings.getByTestId('wl-settings-name').fill('Robin Rep');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Settings saved.').waitFor();
    await settings.close();
    options = await h.importFile('demo.json', DEMO_PACK);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    page = await h.open(fixture('profile-logged-in.html').url);
    panel = await h.panelFrame(page);
    insert = panel.locator(`${OPENER} [data-testid="wl-insert"]`);
    await insert.waitFor();
  });
  afterEach(async () => {
    await page.close();
  });

  const activities = async () => (await allRecords(options, 'activities')).length;
  const realBoxText = () => page.locator(MESSAGE_BOX).first().textContent();
  const heldBanner = () => panel.getByTestId('wl-guard-held');
  /** The confirmation shown under the opener's buttons. */
  const insertStatus = () => panel.locator(OPENER).getByTestId('wl-action-status');

  /** Where the Insert button is on the page now: where a person's click would land on it. */
  async function insertPoint(): Promise<{ x: number; y: number }> {
    const box = await insert.boundingBox();
    if (!box) throw new Error('Insert is not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  it('restyled host, LinkedIn\'s box hidden, the page\'s own box and button under Insert: one click inserts nothing and records nothing', async () => {
    await clickIntoMessage(page); // the rep was really writing to Jane
    await insert.scrollIntoViewIfNeeded();
    await expect.poll(() => insert.getAttribute('data-seen')).toBe('');
    const before = await activities();

    // The page: its own (invisible) message box, focused; LinkedIn's hidden; the panel's host made
    // huge, fixed and almost transparent over a button of its own, right under Insert.
    await page.evaluate(() => {
      const fake = document.createElement('div');
      fake.className = 'msg-form__contenteditable';
      fake.contentEditable = 'true';
      fake.setAttribute('role', 'textbox');
      fake.id = 'fake-box';
      fake.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0';
      document.body.append(fake);
      (document.querySelector('.msg-overlay-container') as HTMLElement).style.display = 'none';
      fake.focus();
      const host = document.querySelector('warmline-panel') as HTMLElement;
      host.style.cssText = 'position:fixed;left:0;top:0;width:100vw;height:100vh;opacity:0.01;z-index:2147483647';
    });
    const at = await insertPoint();
    await page.evaluate(({ x, y }) => {
      const bait = document.createElement('button');
      bait.textContent = 'See who viewed your profile';
      bait.style.cssText = `position:fixed;left:${x - 60}px;top:${y - 15}px;width:120px;height:30px;z-index:10`;
      document.body.append(bait);
    }, at);

    await page.mouse.click(at.x, at.y);

    const fakeText = () => page.locator('#fake-box').textContent();
    // Either the panel held the click, or the content script refused the insert and said so.
    await expect.poll(async () => (await heldBanner().count()) > 0 || (await fakeText()) !== '').toBe(true);
    expect(await fakeText()).toBe('');
    expect(await realBoxText()).toBe('');
    expect(await activities()).toBe(before);
  });

  it('something drawn over the panel that lets clicks through: the panel sees it covered and holds, nothing inserted', async () => {
    await clickIntoMessage(page);
    await insert.scrollIntoViewIfNeeded();
    await expect.poll(() => insert.getAttribute('data-seen')).toBe('');
    const before = await activities();
    const at = await insertPoint();
    await drawCoverLettingClicksThrough(page, { ...at, width: 300, height: 200, text: 'Congratulations! Click to claim.' });
    await expect.poll(() => insert.getAttribute('data-seen')).toBeNull();

    await page.mouse.click(at.x, at.y);

    await heldBanner().waitFor();
    expect(await heldBanner().textContent()).toContain('clicked while the panel was hidden or covered');
    expect(await realBoxText()).toBe('');
    expect(await activities()).toBe(before);
  });

  it('holds every action after the page restyles the host, until the rep confirms in the panel', async () => {
    await clickIntoMessage(page);
    await page.evaluate(() => document.querySelector('warmline-panel')!.setAttribute('style', 'outline: 2px solid red'));
    await heldBanner().waitFor();
    expect(await heldBanner().textContent()).toContain('the page changed how this panel is shown');
    await page.evaluate(() => document.querySelector('warmline-panel')!.removeAttribute('style'));

    // Held: Insert does nothing.
    await insert.click();
    expect(await insertStatus().textContent()).toBe('');
    expect(await realBoxText()).toBe('');

    // The rep checks the page and continues; then Insert works again, into the box in use.
    await clickWhenReady(panel.getByTestId('wl-guard-continue'));
    await expect.poll(() => heldBanner().count()).toBe(0);
    await clickIntoMessage(page);
    await clickSeen(insert);
    await expect.poll(() => realBoxText()).toContain('I saw you lead marketing');
  });

  it('LinkedIn\'s own message window over the panel\'s corner: the panel asks once, then Insert works while it stays', async () => {
    await clickIntoMessage(page, { corner: true });
    const box = page.locator(MESSAGE_BOX);
    // A tall conversation window, as LinkedIn's, over the lower corner of the panel's rail.
    await page.evaluate(() => ((document.querySelector('.msg-overlay-container') as HTMLElement).style.height = '420px'));
    await expect.poll(async () => (await heldBanner().count()) && heldBanner().textContent()).toContain('something on the page covered this panel');
    await box.click();
    await clickUnseen(insert);
    expect(await realBoxText()).toBe('');

    await clickWhenReady(panel.getByTestId('wl-guard-continue'));
    await expect.poll(() => heldBanner().count()).toBe(0);
    await box.click();
    await clickUnseen(insert);
    await expect.poll(() => realBoxText()).toContain('I saw you lead marketing');
  });

  it('LinkedIn\'s docked messaging bar: the frame stops above it, so the first click on Copy counts without asking', async () => {
    // The conversation bar docked at the bottom right, as LinkedIn has it, under the panel's column.
    await page.addStyleTag({ content: linkedInLook({ corner: true }) });
    const bar = page.locator('.msg-overlay-container');
    const host = page.locator('warmline-panel');
    const barTop = async () => (await bar.boundingBox())!.y;
    const frameFoot = async () => {
      const box = (await host.boundingBox())!;
      return box.y + box.height;
    };
    // The bar is under the frame's columns, and the frame (taller content than the window) ends above it.
    const column = (await host.boundingBox())!;
    const docked = (await bar.boundingBox())!;
    expect(docked.x).toBeLessThan(column.x + column.width);
    expect(docked.y + docked.height).toBeGreaterThanOrEqual(page.viewportSize()!.height - 1);
    await expect.poll(async () => (await frameFoot()) <= (await barTop())).toBe(true);

    const copy = panel.locator(`${OPENER} [data-testid="wl-copy"]`);
    await clickSeen(copy);
    await expect.poll(() => panel.locator(OPENER).getByTestId('wl-action-status').textContent()).toBe('Copied. Paste it where you need it.');
    expect(await heldBanner().count()).toBe(0);
    expect(await panel.getByTestId('wl-guard-confirm-prompt').count()).toBe(0);
  });

  it('inserts only into a message box the rep was just using', async () => {
    const before = await activities();
    // The conversation is open, but the rep never went into it: no box was in use.
    await clickSeen(insert);
    await expect.poll(() => insertStatus().textContent()).toContain('Click in your message to this person on LinkedIn first');
    expect(await realBoxText()).toBe('');
    expect(await activities()).toBe(before);
  });
});
