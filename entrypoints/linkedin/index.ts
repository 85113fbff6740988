import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startLinkedInWatch } from '../../lib/linkedin/watch';

// The content script, declared in the manifest by wxt.config.ts (content_scripts: every LinkedIn
// page, at document_end, in its own world). Built as an unlisted script, not with WXT's content
// script wrapper: that wrapper's context announces itself to the page with a DOM event and a window
// message named after the extension id, and takes that same event from the page as an order to
// stop (issue 15, finding 4). lib/linkedin/watch.ts owns the lifecycle instead.
//
// It runs on every LinkedIn page because LinkedIn navigates in-app: on pages that are not a
// profile or company page it only listens for the next navigation. document_end: the background
// prepares the panel's view while the page loads (document_idle could come late).
export default defineUnlistedScript(() => {
  startLinkedInWatch({ panelUrl: browser.runtime.getURL('/panel.html') });
});
