/**
 * Which browser.storage areas a content script may read (issue 15, finding 7). Content scripts
 * run in LinkedIn's page: if one were taken over, what it can read must hold no secret and no pack
 * URL. storage.local holds only the panel's collapsed flag and where it shows (the content script
 * sizes the frame by the one and decides by the other whether there is a frame at all); session (each tab's prospect, the popup's drafts), managed (the administrator's policy,
 * with its pack URL) and sync (unused) are set to trusted contexts: extension pages and the
 * background. Chromium takes this for every area; Firefox only knows session, which is trusted-only
 * there anyway, and exposes managed storage to content scripts (the README says so).
 */
import { browser } from 'wxt/browser';

export const TRUSTED_ONLY_AREAS = ['session', 'managed', 'sync'] as const;

type AccessControlled = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

export async function restrictStorageAccess(): Promise<void> {
  for (const area of TRUSTED_ONLY_AREAS) {
    const storage = browser.storage[area] as AccessControlled | undefined;
    try {
      await storage?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
    } catch {
      // This browser cannot restrict this area (see above): its default stands.
    }
  }
}
