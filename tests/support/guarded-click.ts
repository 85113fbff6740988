/**
 * Clicking the panel's guarded buttons as a rep does (views/panel/guard/), in the tab in front.
 * In Chromium the panel marks a button `data-seen` once it has been visible for a moment; a click
 * sooner is (rightly) asked about, as a click on a button that only just appeared.
 *
 * Chromium reports a change in what is seen a moment late (at least the observer's 100 ms), so a
 * mark read just after the panel changed may be stale: a click waits until the button has kept
 * its mark a little longer than that.
 */
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';

/** Longer than Chromium's delay in reporting visibility, with room for a busy machine. */
const STEADY_MS = 300;

/** Resolves once `button` has carried `data-seen` for STEADY_MS without a break. */
async function seenSteadily(button: Locator): Promise<void> {
  let since: number | null = null;
  await expect
    .poll(
      async () => {
        if ((await button.getAttribute('data-seen')) !== '') since = null;
        else since ??= Date.now();
        return since !== null && Date.now() - since >= STEADY_MS;
      },
      { timeout: 10_000, interval: 50 },
    )
    .toBe(true);
}

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
  await seenSteadily(button);
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
