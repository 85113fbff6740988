/** The demo in Debian's Chromium, on the Chromium test harness (Playwright). */
import { launch } from '../../tests/support/harness';
import { LIBRARY_LISTED, PANEL_FILLED, scrollToLibraryTable, type DemoSession, type DemoTab } from './session';
import type { Page } from 'playwright-core';

function tabOf(page: Page): DemoTab {
  return {
    async screenshot(file, size) {
      if (size) await page.setViewportSize(size);
      await page.screenshot({ path: file });
    },
  };
}

export async function chromiumDemo(headless: boolean): Promise<DemoSession> {
  const h = await launch({ headless });
  return {
    pages: h.pages,
    async prepare(repName) {
      const options = await h.extensionPage('options.html#settings');
      await options.getByTestId('wl-settings-name').fill(repName);
      await options.getByRole('button', { name: 'Save' }).click();
      await options.getByText('Settings saved.').waitFor();
      await options.getByRole('link', { name: 'Packs' }).click();
      await options.getByTestId('wl-load-demo').click();
      await options.getByText('Demo pack loaded').waitFor();
      await options.close();
    },
    async openProfile(url) {
      const page = await h.open(url);
      const panel = await h.panelFrame(page);
      await panel.getByTestId('wl-profile-name').filter({ hasText: /\S/ }).waitFor();
      await panel.locator(PANEL_FILLED).first().waitFor();
      return tabOf(page);
    },
    async openLibrary(size) {
      const page = await h.extensionPage('options.html#library');
      await page.setViewportSize(size);
      await page.locator(LIBRARY_LISTED).first().waitFor();
      await page.evaluate(scrollToLibraryTable);
      return tabOf(page);
    },
    closed: () => new Promise<void>((done) => h.context.on('close', () => done())),
    close: () => h.close(),
  };
}
