/** The page's side of a clickjacking attempt: something drawn over the panel that lets clicks through. */
import type { Page } from 'playwright-core';

type Cover = { x: number; y: number; width: number; height: number; text: string };

/**
 * An opaque box centred on (x, y), on top of everything, with `pointer-events: none`: a click there
 * reaches the panel's button under it, and the content script's own check (what is on top where
 * clicks land) cannot see it. IntersectionObserver v2 does.
 */
export async function drawCoverLettingClicksThrough(page: Page, cover: Cover): Promise<void> {
  await page.evaluate(({ x, y, width, height, text }) => {
    const box = document.createElement('div');
    box.textContent = text;
    box.style.cssText = `position:fixed;left:${x - width / 2}px;top:${y - height / 2}px;width:${width}px;height:${height}px;background:#fff;z-index:2147483647;pointer-events:none`;
    document.body.append(box);
  }, cover);
}
