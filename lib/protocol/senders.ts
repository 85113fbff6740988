/**
 * Who sent a message (docs/ARCHITECTURE.md, isolation): the extension's own pages, the panel (an
 * extension page framed inside a LinkedIn tab, which a page could clickjack or a compromised
 * renderer could drive), our content script, or anyone else. The command table says which kinds
 * may give which command.
 */
export type SenderKind = 'extension-page' | 'panel' | 'content-script' | 'background' | 'foreign';

export type SenderLike = { id?: string; url?: string; origin?: string; tab?: { id?: number }; frameId?: number };

const LINKEDIN_PAGE = /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i;

export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  const from = sender.url ?? sender.origin ?? '';
  // The origin itself or a path under it: "chrome-extension://<id>evil/" is not ours.
  if (from === extensionOrigin || from.startsWith(`${extensionOrigin}/`)) {
    // Framed inside a tab (frameId > 0): the panel, with only the commands it needs.
    return sender.tab && (sender.frameId ?? 0) > 0 ? 'panel' : 'extension-page';
  }
  if (sender.tab && LINKEDIN_PAGE.test(from)) return 'content-script';
  return 'foreign';
}
