/**
 * What `npm run demo` needs of a browser with Warmline in it. One implementation per browser
 * (chromium.ts on the Chromium test harness, firefox.ts on the Firefox one); scripts/demo.ts runs
 * the same demo on either. The popup and the options page are shot in Chromium only.
 */
export type Size = { width: number; height: number };
export type Theme = 'light' | 'dark';

export type DemoTab = {
  /** Saves what the tab shows as a PNG; at `size` (the viewport) when given. */
  screenshot(file: string, size?: Size): Promise<void>;
};

/** What a demo step does in the panel before its screenshot (e.g. search, collapse). */
export type PanelStep = { search?: string; collapse?: boolean };

export type DemoSession = {
  /** Pages served before the fixtures: URL → HTML. */
  pages: Map<string, string>;
  /** The rep's name in the settings and the demo pack loaded, through the options page. */
  prepare(repName: string): Promise<void>;
  /** Opens a LinkedIn URL; resolves once the panel shows the prospect and what fits them. */
  openProfile(url: string, step?: PanelStep): Promise<DemoTab>;
  /** Opens the options page's library in a tab of this size, scrolled to the list of items. */
  openLibrary(size: Size): Promise<DemoTab>;
  /**
   * Uses the panel on this profile as a rep would (copy and insert a message, copy an intro note),
   * then comes back later and says it worked: insights then have something to show.
   */
  rehearse?(url: string): Promise<void>;
  /** The toolbar popup at its real size, acting for the tab showing `url`, in this colour scheme. */
  openPopup?(url: string, size: Size, theme: Theme): Promise<DemoTab>;
  /** The options page on a tab (`#start`, `#library`…), in this colour scheme. */
  openOptions?(hash: string, size: Size, theme: Theme): Promise<DemoTab>;
  /** Resolves when the user closes the browser window. */
  closed(): Promise<void>;
  close(): Promise<void>;
};

/** Where the panel is ready for a screenshot: the prospect's name, then intros, suggestions or "nothing fits". */
export const PANEL_FILLED = '[data-testid="wl-intro"], [data-testid="wl-suggestion"], [data-testid="wl-empty"]';
/** The options page's library, listing items. */
export const LIBRARY_LISTED = '.wl-lib-table tbody tr';

/** Runs in the options page: brings the library's table (below "New for you") to the top. */
export function scrollToLibraryTable(): void {
  document.querySelector('.wl-lib-table')?.closest('section')?.scrollIntoView({ block: 'start' });
}
