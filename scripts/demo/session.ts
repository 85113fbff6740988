/**
 * What `npm run demo` needs of a browser with Warmline in it. One implementation per browser
 * (chromium.ts on the Chromium test harness, firefox.ts on the Firefox one); scripts/demo.ts runs
 * the same demo on either.
 */
export type Size = { width: number; height: number };

export type DemoTab = {
  /** Saves what the tab shows as a PNG; at `size` (the viewport) when given. */
  screenshot(file: string, size?: Size): Promise<void>;
};

export type DemoSession = {
  /** Pages served before the fixtures: URL → HTML. */
  pages: Map<string, string>;
  /** The rep's name in the settings and the demo pack loaded, through the options page. */
  prepare(repName: string): Promise<void>;
  /** Opens a LinkedIn URL; resolves once the panel shows the prospect and what fits them. */
  openProfile(url: string): Promise<DemoTab>;
  /** Opens the options page's library in a tab of this size, scrolled to the list of items. */
  openLibrary(size: Size): Promise<DemoTab>;
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
