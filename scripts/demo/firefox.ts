/** The demo in Debian's Firefox ESR, on the Firefox test harness (puppeteer-core over WebDriver BiDi). */
import type { Page } from 'puppeteer-core';
import { launchFirefox } from '../../tests/support/firefox-harness';
import { LIBRARY_LISTED, PANEL_FILLED, scrollToLibraryTable, type DemoSession, type DemoTab } from './session';

function tabOf(page: Page): DemoTab {
  return {
    async screenshot(file, size) {
      if (size) await page.setViewport(size);
      await page.screenshot({ path: file as `${string}.png` });
    },
  };
}

export async function firefoxDemo(headless: boolean): Promise<DemoSession> {
  const h = await launchFirefox({ headless });
  return {
    pages: h.pages,
    async prepare(repName) {
      const options = await h.extensionPage('options.html#settings');
      await options.locator('[data-testid="wl-settings-name"]').fill(repName);
      await options.locator('[data-testid="wl-settings-save"]').click();
      await options.waitForFunction(() => document.body.textContent?.includes('Settings saved.'));
      await options.locator('a[href="#packs"]').click();
      await options.locator('[data-testid="wl-load-demo"]').click();
      await options.waitForFunction(() => document.body.textContent?.includes('Demo pack loaded'));
      await options.close();
    },
    async openProfile(url) {
      const page = await h.open(url);
      const panel = await h.panelFrame(page);
      await panel.waitForFunction(() => /\S/.test(document.querySelector('[data-testid="wl-profile-name"]')?.textContent ?? ''));
      await panel.waitForSelector(PANEL_FILLED);
      return tabOf(page);
    },
    async openLibrary(size) {
      const page = await h.extensionPage('options.html#library');
      await page.setViewport(size);
      await page.waitForSelector(LIBRARY_LISTED);
      await page.evaluate(scrollToLibraryTable);
      return tabOf(page);
    },
    closed: () => new Promise<void>((done) => h.browser.once('disconnected', () => done())),
    close: () => h.close(),
  };
}
