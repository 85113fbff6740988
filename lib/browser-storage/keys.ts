/**
 * Every browser.storage key Warmline uses, defined here once with its area. What each holds, and
 * how a stored value is checked when read back, is said where the item is defined (see item.ts).
 * Session storage is for trusted contexts only: content scripts cannot read it.
 */
export type StorageArea = 'local' | 'session';
export type StorageKey = { area: StorageArea; key: string };

export const STORAGE_KEYS = {
  /** The panel is collapsed to its header; the content script sizes the frame by it (./panel-collapsed.ts). */
  panelCollapsed: { area: 'local', key: 'ui.panelCollapsed' },
  /** Where the rep chose to see the panel: in LinkedIn's page or the side panel (./panel-mode.ts). */
  panelModeChosen: { area: 'local', key: 'ui.panelMode' },
  /**
   * The administrator's choice of the same, copied by the background from managed storage (which
   * content scripts may not read); it overrides and locks the rep's (./panel-mode.ts).
   */
  panelModePolicy: { area: 'local', key: 'ui.panelModePolicy' },
  /** Half-filled popup forms, per profile (lib/flags/draft.ts). Names and notes: session only. */
  popupDrafts: { area: 'session', key: 'popup.draft' },
  /** What one tab's LinkedIn page shows (lib/background/tab-pages.ts). */
  tabPage: (tabId: number): StorageKey => ({ area: 'session', key: `${TAB_PAGE_PREFIX}${tabId}` }),
} satisfies Record<string, StorageKey | ((id: number) => StorageKey)>;

export const TAB_PAGE_PREFIX = 'tab:';
