/** The demo in Debian's Chromium, on the Chromium test harness (Playwright). */
import { launch, type Harness } from '../../tests/support/harness';
import { LIBRARY_LISTED, PANEL_FILLED, scrollToLibraryTable, type DemoSession, type DemoTab, type Size, type Theme } from './session';
import type { Locator, Page } from 'playwright-core';

/** `after` runs once the picture is taken (to undo what the step did, like collapsing the panel). */
export function tabOf(page: Page, after?: () => Promise<void>): DemoTab {
  return {
    async screenshot(file, size) {
      if (size) await page.setViewportSize(size);
      await page.screenshot({ path: file });
      await after?.();
    },
  };
}

/** The toolbar popup at its real size, acting for the tab showing `url` (popup.html?tabId=N), once it has prefilled the flag. */
export async function openPopup(h: Harness, url: string, size: Size, theme: Theme): Promise<Page> {
  const tabId = await h.worker.evaluate(async (prefix) => (await chrome.tabs.query({})).find((tab) => tab.url?.startsWith(prefix))?.id ?? -1, url);
  const page = await h.context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  await page.getByTestId('wl-flag-form').waitFor();
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="wl-flag-name"]')?.value);
  return page;
}

export async function chromiumDemo(headless: boolean): Promise<DemoSession> {
  const h = await launch({ headless });
  return {
    pages: h.pages,
    async prepare(repName) {
      const options = await h.extensionPage('options.html#settings');
      await options.getByTestId('wl-settings-name').fill(repName);
      await options.getByTestId('wl-settings-save').click();
      await options.getByText('Settings saved.').waitFor();
      await options.goto(`chrome-extension://${h.extensionId}/options.html#packs`);
      await options.getByTestId('wl-load-demo').click();
      await options.getByText('Demo pack loaded').waitFor();
      await options.close();
    },
    async openProfile(url, step = {}) {
      const page = await h.open(url);
      const panel = await h.panelFrame(page);
      await panel.getByTestId('wl-profile-name').filter({ hasText: /\S/ }).waitFor();
      await panel.locator(PANEL_FILLED).first().waitFor();
      if (step.search) {
        await panel.getByTestId('wl-search').fill(step.search);
        await panel.getByTestId('wl-search-result').first().waitFor();
      }
      if (step.collapse) {
        await panel.getByRole('button', { name: 'Collapse Warmline' }).click();
        await panel.getByTestId('wl-summary').waitFor();
      }
      const expand = async () => {
        await panel.getByRole('button', { name: 'Expand Warmline' }).click();
        await panel.getByTestId('wl-search').waitFor();
      };
      // The frame follows the panel's height: let it settle before the picture.
      await page.waitForFunction(() => {
        const height = document.querySelector('warmline-panel')?.getBoundingClientRect().height ?? 0;
        const previous = (window as unknown as { lastPanelHeight?: number }).lastPanelHeight;
        (window as unknown as { lastPanelHeight?: number }).lastPanelHeight = height;
        return height > 0 && height === previous;
      }, undefined, { polling: 100 });
      return tabOf(page, step.collapse ? expand : undefined);
    },
    async openLibrary(size) {
      const page = await h.extensionPage('options.html#library');
      await page.setViewportSize(size);
      await page.locator(LIBRARY_LISTED).first().waitFor();
      await page.evaluate(scrollToLibraryTable);
      return tabOf(page);
    },
    async rehearse(url) {
      const page = await h.open(url);
      let panel = await h.panelFrame(page);
      const first = panel.getByTestId('wl-suggestion').first();
      // The panel acts on a button it has seen for a moment (views/panel/guard/): wait for that.
      const seen = async (button: Locator) => {
        await button.locator('xpath=self::*[@data-seen]').waitFor();
        await button.click();
      };
      await seen(first.getByTestId('wl-copy'));
      await seen(first.getByTestId('wl-insert'));
      await panel.getByTestId('wl-ask-intro').first().click();
      await seen(panel.getByTestId('wl-intro-copy'));
      await panel.getByTestId('wl-action-status').filter({ hasText: 'Note copied' }).waitFor();
      await page.reload();
      panel = await h.panelFrame(page);
      await panel.getByTestId('wl-verdict').first().getByTestId('wl-feedback-worked').click();
      await panel.getByTestId('wl-feedback-undo').waitFor();
      await page.close();
    },
    openPopup: async (url, size, theme) => tabOf(await openPopup(h, url, size, theme)),
    async openOptions(hash, size, theme) {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${h.extensionId}/options.html${hash}`);
      await page.locator('main > *').first().waitFor();
      await page.waitForLoadState('networkidle');
      return tabOf(page);
    },
    closed: () => new Promise<void>((done) => h.context.on('close', () => done())),
    close: () => h.close(),
  };
}
