import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLinkedInWatch } from '../../lib/linkedin/watch';

// Runs on every LinkedIn page because LinkedIn navigates in-app: on pages that are not a
// profile or company page it only listens for the next navigation.
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startLinkedInWatch({ ctx, panelUrl: browser.runtime.getURL('/panel.html') });
  },
});
