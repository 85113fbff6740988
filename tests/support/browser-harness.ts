/**
 * What a browser harness offers the tests and the demo, whichever browser and driver it runs:
 * Firefox's (tests/support/firefox-harness.ts) has this shape; Chromium's (tests/support/harness.ts)
 * has the same members and can take this type when it moves here.
 */
export type BrowserHarness<Page, Frame> = {
  /** Extra routes: URL → HTML, served before the fixtures (for pages a test or the demo makes up). */
  pages: Map<string, string>;
  /** A new tab on a (LinkedIn) URL, served from the fixtures. */
  open(url: string): Promise<Page>;
  /** A new tab on one of the extension's pages (`options.html#packs`, `popup.html?tabId=3`). */
  extensionPage(path: string): Promise<Page>;
  /** The panel's frame on this page, once the panel has rendered. */
  panelFrame(page: Page): Promise<Frame>;
  /** Imports a file through the options page's Packs tab; returns that page. */
  importFile(name: string, text: string): Promise<Page>;
  /** The browser's id for the tab showing this page. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
};
