/**
 * The panel as a rep sees it beside a profile (issue 17, point 1): as tall as its content up to
 * the window, search at the top, cards folded, the first message's buttons in the first screen,
 * confirmations beside the button pressed with nothing moving, and a summary when collapsed.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { clickSeen } from '../support/guarded-click';
import { linkedInLook, MESSAGE_BOX } from '../support/message-overlay';
import { launch, type Harness } from '../support/harness';

const JANE = fixture('profile-logged-in.html').url;
/** Jane's page laid out as LinkedIn lays it out (the demo's styles): the right rail, and the panel in it, at the top. */
// LinkedIn's message window kept clear of the panel: over its corner, the panel asks once before
// its first action (tests/e2e/clickjacking.e2e.ts), which is not what these tests look at.
const LOOK = linkedInLook();
/** What the content script leaves free around the frame when the panel is taller than the window. */
const WINDOW_MARGIN = 88;

/** Where every button of the panel is, in the panel's own coordinates. */
const buttonBoxes = (panel: Frame) =>
  panel.locator('button').evaluateAll((buttons) =>
    buttons.map((button) => {
      const box = button.getBoundingClientRect();
      return [Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)];
    }),
  );

/**
 * Whether Chromium counts each button in `row` as seen whole (IntersectionObserver v2, as the
 * panel's guard asks it): nothing drawn over it, the confirmation's arrow and shadow included.
 */
const seenWhole = (row: Locator) =>
  row.locator('button').evaluateAll(
    (buttons) =>
      new Promise<boolean[]>((done) => {
        const watcher = new IntersectionObserver(
          (entries) => {
            watcher.disconnect();
            done(buttons.map((button) => (entries.find((entry) => entry.target === button) as { isVisible?: boolean } | undefined)?.isVisible === true));
          },
          { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
        );
        for (const button of buttons) watcher.observe(button);
      }),
  );

describe('the panel’s layout', () => {
  let h: Harness;
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    h = await launch();
    const options = await h.extensionPage('options.html#settings');
    await options.getByTestId('wl-settings-name').fill('Robin Rep');
    await options.getByTestId('wl-settings-save').click();
    await options.getByText('Settings saved.').waitFor();
    await options.close();
    await (await h.importFile('demo.json', DEMO_PACK)).close();
    h.pages.set(JANE, fixture('profile-logged-in.html').html.replace('</head>', `<style>${LOOK}</style></head>`));
    page = await h.open(JANE);
    panel = await h.panelFrame(page);
    await panel.getByTestId('wl-suggestion').first().waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the first message’s Copy and Insert in the first screen, with search at the top and cards folded', async () => {
    const viewport = page.viewportSize()!;
    const frame = (await page.locator('warmline-panel').boundingBox())!;
    const first = panel.getByTestId('wl-suggestion').first();
    for (const action of ['wl-copy', 'wl-insert']) {
      // On the page's first screen, and inside the frame without scrolling the panel.
      const box = (await first.getByTestId(action).boundingBox())!;
      expect(box.y + box.height, action).toBeLessThanOrEqual(Math.min(viewport.height, frame.y + frame.height));
      const inPanel = await first.getByTestId(action).evaluate((button) => button.getBoundingClientRect().bottom <= innerHeight);
      expect(inPanel, action).toBe(true);
    }
    expect(await panel.evaluate(() => scrollY)).toBe(0);

    // Search first: above the intros and the messages.
    const search = (await panel.getByTestId('wl-search').boundingBox())!;
    expect(search.y).toBeLessThan((await panel.getByTestId('wl-intro').first().boundingBox())!.y);

    // Folded to title, reasons and two lines of the message; opened, the whole of it.
    const lines = () =>
      first.locator('.body .text').evaluate((text) => Math.round(text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight)));
    expect(await lines()).toBe(2);
    // Why it was suggested shows while folded.
    expect((await first.locator('.reasons').innerText()).trim()).not.toBe('');
    await first.getByTestId('wl-fold').click();
    await expect.poll(lines).toBeGreaterThan(2);
    expect(await first.textContent()).toContain('Lead with alignment, not features.');
    await first.getByTestId('wl-fold').click();
    await expect.poll(lines).toBe(2);
  });

  it('shows search results right under the search box, in the first screen', async () => {
    await panel.getByTestId('wl-search').fill('budget');
    const result = panel.locator('[data-testid="wl-search-result"][data-content-id="demo-objection-budget"]');
    await result.waitFor();
    const search = (await panel.getByTestId('wl-search').boundingBox())!;
    const found = (await result.boundingBox())!;
    expect(found.y).toBeGreaterThan(search.y);
    expect(found.y).toBeLessThan((await panel.getByTestId('wl-intro').first().boundingBox())!.y);
    expect(found.y + 60).toBeLessThan(page.viewportSize()!.height);
    await panel.getByTestId('wl-search').fill('');
    await expect.poll(() => panel.getByTestId('wl-search-result').count()).toBe(0);
  });

  it('confirms beside the pressed button, and nothing in the panel moves', async () => {
    const first = panel.getByTestId('wl-suggestion').first();
    const before = await buttonBoxes(panel);
    await clickSeen(first.getByTestId('wl-copy'));
    const confirmation = first.getByTestId('wl-action-status');
    await expect.poll(() => confirmation.textContent()).toBe('Copied. Paste it where you need it.');
    const button = (await first.getByTestId('wl-copy').boundingBox())!;
    const shown = (await confirmation.boundingBox())!;
    // Just under the button pressed, not at the top of the panel.
    expect(shown.y).toBeGreaterThan(button.y + button.height);
    expect(shown.y - (button.y + button.height)).toBeLessThan(16);
    expect(await buttonBoxes(panel)).toEqual(before);
    // Nothing of it covers the row: pressed again at once (after filling a gap, say), a button still counts as seen.
    expect(await seenWhole(first.locator('.action-row'))).toEqual([true, true]);

    await page.click(MESSAGE_BOX); // the rep is in the message to Jane
    await clickSeen(first.getByTestId('wl-insert'));
    await expect.poll(() => confirmation.textContent()).toContain('Inserted into the message box. Review it, then press Send on LinkedIn.');
    expect(await buttonBoxes(panel)).toEqual(before);
  });

  it('is as tall as its content up to the window, and collapsed still says what it holds', async () => {
    const host = page.locator('warmline-panel');
    const windowHeight = page.viewportSize()!.height;
    // Taller than the window: the frame stops there and the panel scrolls inside it.
    await expect.poll(async () => (await host.boundingBox())!.height).toBe(windowHeight - WINDOW_MARGIN);
    expect(await panel.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);

    const messages = await panel.getByTestId('wl-suggestion').count();
    const summary = `1 intro · ${messages} messages`;
    await panel.getByRole('button', { name: 'Collapse Warmline' }).click();
    await expect.poll(() => panel.getByTestId('wl-summary').textContent()).toBe(summary);
    // Collapsed: as tall as the header, no empty box below it.
    const header = await panel.locator('header').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    await expect.poll(async () => Math.round((await host.boundingBox())!.height)).toBe(header);
    expect(await panel.getByRole('button', { name: `Expand Warmline: ${summary}` }).count()).toBe(1);

    await panel.getByRole('button', { name: /Expand Warmline/ }).click();
    await expect.poll(async () => (await host.boundingBox())!.height).toBe(windowHeight - WINDOW_MARGIN);
  });
});
