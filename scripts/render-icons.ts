/**
 * `npm run icons`: renders assets/icon.svg to the PNG sizes the browsers and the stores use
 * (public/icon/16.png … 128.png), in Debian's headless Chromium. The PNGs are committed; run this
 * again after changing the SVG. The 128 px icon keeps a 16 px transparent margin around 96 px of
 * artwork, as the Chrome Web Store asks; the smaller ones fill their square (the toolbar's size).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/support/harness';
import { ICON_SIZES } from './build/icons';
const ROOT = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(ROOT, 'assets', 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    const margin = size === 128 ? 16 : 0;
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html style="background:transparent"><body style="margin:0"><img src="${src}" style="display:block;margin:${margin}px;width:${size - 2 * margin}px;height:${size - 2 * margin}px"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const file = join(ROOT, 'public', 'icon', `${size}.png`);
    await page.screenshot({ path: file, omitBackground: true });
    console.log(`  ${file}`);
  }
} finally {
  await browser.close();
}
