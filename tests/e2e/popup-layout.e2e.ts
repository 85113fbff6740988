/**
 * The flag popup at its real size, 400×600 (issue 17, point 5): Save and what it says always on
 * view, every choice readable and one click away, and the teammates who already know this person.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';

const JANE = fixture('profile-logged-in.html').url;
const SIZE = { width: 400, height: 600 };

/** Whether an element lies wholly inside the popup's 400×600 window. */
async function onView(popup: Page, testId: string): Promise<boolean> {
  const box = await popup.getByTestId(testId).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= SIZE.height && box.x >= 0 && box.x + box.width <= SIZE.width;
}

describe('the flag popup at 400×600', () => {
  let h: Harness;
  let popup: Page;
  beforeAll(async () => {
    h = await launch();
    const options = await h.extensionPage('options.html#settings');
    await options.getByTestId('wl-settings-name').fill('Mia Marketer');
    await options.getByTestId('wl-settings-save').click();
    await options.getByText('Settings saved.').waitFor();
    await options.close();
    await (await h.importFile('demo.json', DEMO_PACK)).close();
    const page = await h.open(JANE);
    popup = await h.context.newPage();
    await popup.setViewportSize(SIZE);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${await h.tabIdOf(page)}`);
    await popup.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="wl-flag-name"]')?.value === 'Jane Doe');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('says that a teammate already knows this person', async () => {
    const known = popup.getByTestId('wl-also-known');
    await known.waitFor();
    expect(await known.textContent()).toContain('Priya Shah');
    expect(await known.textContent()).toContain('Priya worked with Jane.');
  });

  it('shows every choice in full, picked in one click', async () => {
    const clipped = await popup.locator('.choice').evaluateAll((choices) => choices.filter((choice) => choice.scrollWidth > choice.clientWidth).length);
    expect(clipped).toBe(0);
    await popup.locator('.chips .choice', { hasText: 'Former colleague' }).click();
    expect(await popup.getByTestId('wl-flag-relation').inputValue()).toBe('former-colleague');
    await popup.locator('.stars .choice').nth(4).click();
    expect(await popup.getByTestId('wl-flag-strength').inputValue()).toBe('5');
    expect(await popup.locator('.stars').textContent()).toContain('Would pick up the phone today');
    // The keyboard uses the select under the chips: arrow keys change the choice.
    await popup.getByTestId('wl-flag-strength').focus();
    await popup.keyboard.press('ArrowUp');
    expect(await popup.getByTestId('wl-flag-strength').inputValue()).toBe('4');
  });

  it('keeps Save and its confirmation on view, wherever the form is scrolled', async () => {
    expect(await onView(popup, 'wl-flag-save')).toBe(true);
    await popup.mouse.wheel(0, 2000);
    await expect.poll(() => popup.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await onView(popup, 'wl-flag-save')).toBe(true);

    await popup.getByTestId('wl-flag-save').click();
    const status = popup.getByTestId('wl-flag-status');
    await expect.poll(() => status.textContent()).toBe('Saved: Jane Doe. Reps now see it as a warm intro.');
    expect(await onView(popup, 'wl-flag-status')).toBe(true);
    expect(await onView(popup, 'wl-flag-save')).toBe(true);
  });
});
