import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshAllBadges } from '../lib/background/badge';
import { route } from '../lib/background/router';
import { applyManagedPolicy } from '../lib/background/managed-policy';
import { ensureRefreshAlarms, onAlarm } from '../lib/background/subscriptions';
import { forgetAllProspectViews, forgetProspectView } from '../lib/background/prospect-views';
import { forgetTab } from '../lib/background/tab-pages';
import { onStoreChange } from '../lib/db';

export default defineBackground(() => {
  // Listeners are registered synchronously so a restarted service worker hears the event that woke it.
  browser.runtime.onMessage.addListener((raw, sender) => route(raw, sender));
  browser.runtime.onConnect.addListener(() => undefined);
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetProspectView(tabId);
    void forgetTab(tabId);
  });
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name));
  browser.runtime.onInstalled.addListener(() => void applyManagedPolicy().then(ensureRefreshAlarms));
  browser.runtime.onStartup.addListener(() => void applyManagedPolicy().then(ensureRefreshAlarms));
  // An administrator's policy can change while the browser runs.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void applyManagedPolicy().then(ensureRefreshAlarms);
  });
  onStoreChange((stores) => {
    // Activities and feedback are not shown in a prospect view; the rest is.
    if (stores.some((store) => store !== 'activities' && store !== 'feedback')) forgetAllProspectViews();
    if (stores.includes('relationships')) void refreshAllBadges();
  });
});
