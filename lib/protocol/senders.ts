/**
 * Who sent a message (docs/ARCHITECTURE.md, isolation): the extension's own pages, the side panel
 * (a top-level extension page the web page cannot reach), the panel (an extension page framed
 * inside a LinkedIn tab, which a page could clickjack or a compromised renderer could drive), our
 * content script, or anyone else. The command table says which kinds may give which command.
 */
export type SenderKind = 'extension-page' | 'side-panel' | 'panel' | 'content-script' | 'background' | 'foreign';

export type SenderLike = { id?: string; url?: string; origin?: string; tab?: { id?: number }; frameId?: number };

const LINKEDIN_PAGE = /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i;

/** An https page on linkedin.com or one of its subdomains: where the content script runs. */
export function isLinkedInPage(url: string | undefined): boolean {
  return url !== undefined && LINKEDIN_PAGE.test(url);
}

/** The side panel's page (the browser's side panel, or opened in a tab by `sidepanel.html?tabId=N`). */
export const SIDE_PANEL_PAGE = '/sidepanel.html';

export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  const from = sender.url ?? sender.origin ?? '';
  // The origin itself or a path under it: "chrome-extension://<id>evil/" is not ours.
  if (from === extensionOrigin || from.startsWith(`${extensionOrigin}/`)) {
    // Framed inside a tab (frameId > 0): the panel, with only the commands it needs.
    if (sender.tab && (sender.frameId ?? 0) > 0) return 'panel';
    // Top-level only: a panel frame that navigated itself to the side panel's page is still framed.
    const path = from.slice(extensionOrigin.length).replace(/[?#].*$/, '');
    return path === SIDE_PANEL_PAGE ? 'side-panel' : 'extension-page';
  }
  if (sender.tab && isLinkedInPage(from)) return 'content-script';
  return 'foreign';
}
