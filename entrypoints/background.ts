import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshAllBadges } from '../lib/background/badge';
import { storesChanged } from '../lib/background/changes';
import { applyManagedPolicy } from '../lib/background/managed-policy';
import { applyPanelMode, hasSidebar, toggleSidebar } from '../lib/background/panel-mode';
import { forgetProspectView } from '../lib/background/prospect-views';
import { route } from '../lib/background/router';
import { restrictStorageAccess } from '../lib/background/storage-access';
import { ensureRefreshAlarms, onAlarm } from '../lib/background/subscriptions';
import { forgetTab } from '../lib/background/tab-pages';
import { onTeamAlarm, wakeTeamSync } from '../lib/background/team';
import { readPanelMode, watchPanelMode } from '../lib/browser-storage/panel-mode';
import { onStoreChange } from '../lib/db';

export default defineBackground(() => {
  // First: content scripts read no storage area but the panel's collapsed flag (lib/background/storage-access.ts).
  void restrictStorageAccess();
  // Listeners are registered synchronously so a restarted service worker hears the event that woke it.
  browser.runtime.onMessage.addListener((raw, sender) => route(raw, sender));
  browser.runtime.onConnect.addListener(() => undefined);
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetProspectView(tabId);
    void forgetTab(tabId);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    void onAlarm(alarm.name);
    void onTeamAlarm(alarm.name);
  });
  browser.runtime.onInstalled.addListener(() => void applyManagedPolicy().then(ensureRefreshAlarms));
  browser.runtime.onStartup.addListener(() => void applyManagedPolicy().then(ensureRefreshAlarms));
  // An administrator's policy can change while the browser runs.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void applyManagedPolicy().then(ensureRefreshAlarms);
  });
  // Writes made here; the pages report theirs by command (stores:changed), which wakes this worker.
  onStoreChange((stores, source) => source === 'here' && storesChanged(stores));
  // In a team: listen for pokes and catch up whenever the worker wakes (the alarm is the fallback).
  void wakeTeamSync();
  // What the toolbar button opens follows the panel's mode, live (the content scripts follow it themselves).
  if (hasSidebar()) browser.action.onClicked.addListener(toggleSidebar);
  void readPanelMode().then(({ mode }) => applyPanelMode(mode));
  watchPanelMode(({ mode }) => void applyPanelMode(mode).then(refreshAllBadges));
});
