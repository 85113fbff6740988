/**
 * Clicking the panel's guarded buttons as a rep does (views/panel/guard/), in the tab in front.
 * In Chromium the panel marks a button `data-seen` once it has been visible for a moment; a click
 * sooner is (rightly) asked about, as a click on a button that only just appeared.
 */
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';

/**
 * In view. (Scrolling moves the panel, and Chromium counts a frame that just moved as not yet
 * visible: wait for `data-seen` after this, not before.)
 */
async function bringIntoView(button: Locator): Promise<void> {
  // The rep's tab is the one in front (a test may have opened others since).
  await button.page().bringToFront();
  await button.scrollIntoViewIfNeeded();
}

/** A click on a button that has been seen for a moment. */
export async function clickSeen(button: Locator): Promise<void> {
  await bringIntoView(button);
  await expect.poll(() => button.getAttribute('data-seen'), { timeout: 10_000 }).toBe('');
  await button.click();
}

/** A click on a button however the panel sees it (covered, say). */
export async function clickUnseen(button: Locator): Promise<void> {
  await bringIntoView(button);
  await button.click();
}

/** A click on the guard's own prompt button once it takes clicks (after its pause). */
export async function clickWhenReady(button: Locator): Promise<void> {
  await bringIntoView(button);
  await expect.poll(() => button.getAttribute('aria-disabled'), { timeout: 10_000 }).toBe('false');
  await button.click();
}
