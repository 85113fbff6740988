/**
 * The side panel (zero-footprint mode) in Chromium. Headless Chromium has no browser window
 * around its tabs, so it cannot show the real side panel: the tests open the same page in a tab,
 * bound to the LinkedIn tab with `sidepanel.html?tabId=N` (docs: README, "Side panel").
 */
import type { Page } from 'playwright-core';
import type { PanelMode } from '../../lib/model/vocabulary';
import type { Harness } from './harness';

/** `sidepanel.html?tabId=N` for the tab showing `page`, once it has rendered. */
export async function openSidePanel(h: Harness, page: Page): Promise<Page> {
  const side = await h.extensionPage(`sidepanel.html?tabId=${await h.tabIdOf(page)}`);
  await side.getByTestId('wl-panel').waitFor();
  return side;
}

/** Chooses where the panel shows on the options page (`wl-panel-mode`), as a rep would. */
export async function choosePanelMode(h: Harness, mode: PanelMode): Promise<void> {
  const options = await h.extensionPage('options.html#settings');
  await options.getByTestId('wl-panel-mode').selectOption(mode);
  await options.getByTestId('wl-panel-mode-status').getByText('Saved.').waitFor();
  await options.close();
}
