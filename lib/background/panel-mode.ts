/**
 * What the toolbar button does, by the panel's mode (lib/browser-storage/panel-mode.ts). In page
 * mode it opens the flag popup, and Chrome's side panel is disabled. In side-panel mode it opens
 * the side panel: one for the window (Chrome's global side panel, not one per tab, which would
 * boot again in every new tab; Firefox's sidebar is one per window), which follows the active tab.
 * Applied at every start and whenever the choice or the policy changes.
 */
import { browser } from 'wxt/browser';
import type { PanelMode } from '../model/vocabulary';

/** Firefox's sidebar (Chrome's types, which WXT gives `browser`, do not have it). */
type SidebarAction = { toggle(): Promise<void> };

export const SIDE_PANEL_PATH = 'sidepanel.html';
export const POPUP_PATH = 'popup.html';

const TITLES: Record<PanelMode, string> = {
  page: 'Warmline: flag a relationship',
  'side-panel': 'Warmline: open the side panel',
};

/** Chrome's side panel (Chrome 114+): absent in Firefox. */
const chromeSidePanel = () => (browser as Partial<typeof browser>).sidePanel;

const firefoxSidebar = () => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

/** Firefox's sidebar (one per window): the toolbar button toggles it once the popup is off. */
export function hasSidebar(): boolean {
  return firefoxSidebar() !== undefined;
}

/** The toolbar's title with no warm intro to count (./badge.ts counts them per tab). */
export function actionTitle(mode: PanelMode): string {
  return TITLES[mode];
}

export async function applyPanelMode(mode: PanelMode): Promise<void> {
  const side = mode === 'side-panel';
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    // The global panel (no tabId): it stays loaded as the rep moves between tabs.
    await sidePanel.setOptions({ enabled: side, path: SIDE_PANEL_PATH });
    await sidePanel.setPanelBehavior({ openPanelOnActionClick: side });
  }
  // No popup: Chrome opens the side panel, Firefox tells onClicked (toggleSidebar).
  await browser.action.setPopup({ popup: side ? '' : POPUP_PATH });
  await browser.action.setTitle({ title: actionTitle(mode) });
}

/** Firefox: the toolbar button, with no popup set (side-panel mode), opens or closes the sidebar. */
export function toggleSidebar(): void {
  // Called straight from the click's handler: Firefox opens a sidebar only on a user action.
  void firefoxSidebar()?.toggle().catch(() => undefined);
}
