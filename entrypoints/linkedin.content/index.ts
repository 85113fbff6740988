import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLinkedInWatch } from '../../lib/linkedin/watch';

// Runs on every LinkedIn page because LinkedIn navigates in-app: on pages that are not a
// profile or company page it only listens for the next navigation.
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  // As soon as the document is parsed: the background prepares the panel's view while the
  // page loads (document_idle could come late, holding both the page's load and the panel).
  runAt: 'document_end',
  main(ctx) {
    startLinkedInWatch({ ctx, panelUrl: browser.runtime.getURL('/panel.html') });
  },
});
