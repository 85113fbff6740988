/**
 * The background's message router: the protocol's table checks each message and its sender
 * (lib/protocol/router.ts); the handlers here carry out what is left.
 */
import { browser } from 'wxt/browser';
import { isStoreName } from '../db';
import { NO_PAGE, tabPageOf } from '../model/tab-page';
import { checkPackUrl } from '../pack/pack-url';
import { sendNotice } from '../protocol/notices';
import type { InsertOutcome, PanelHello } from '../protocol/replies';
import { createRouter, type Handlers } from '../protocol/router';
import { readPanelMode } from '../browser-storage/panel-mode';
import { sendToTab } from '../protocol/send';
import { isLinkedInPage } from '../protocol/senders';
import { countIntrosLater, showIntroCount } from './badge';
import { storesChanged } from './changes';
import { panelCommands } from './panel-commands';
import { forgetProspectView, prepareProspectView } from './prospect-views';
import { refreshSubscriptionByUrl, removeSubscription, subscribe } from './subscriptions';
import { panelOpened, teamCommands } from './team';
import { getTabPage, setTabPage } from './tab-pages';

export function extensionOrigin(): string {
  return browser.runtime.getURL('/').replace(/\/$/, '');
}

/** The content script runs in LinkedIn's page: its answer is checked, not trusted. */
function insertOutcomeOf(answer: InsertOutcome): InsertOutcome {
  if (answer.ok === true) return { ok: true };
  return { ok: false, reason: answer.reason === 'panel-obscured' ? 'panel-obscured' : 'no-message-box' };
}

/** The tab's content script fills the message box the rep was using (lib/linkedin/message-box-focus.ts's rules). */
function insertInTab(tabId: number, text: string): Promise<InsertOutcome> {
  return sendToTab(tabId, 'content:insert', { text }).then(insertOutcomeOf, (): InsertOutcome => ({ ok: false, reason: 'page-gone' }));
}

const handlers: Handlers = {
  async 'page:snapshot'(report, sender) {
    const { snapshot } = report;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: true };
    if ((await readPanelMode()).mode === 'side-panel') {
      // No panel frame will ask: the side panel ranks the prospect itself (it heard this report too).
      forgetProspectView(tabId);
      await setTabPage(tabId, tabPageOf(report));
      countIntrosLater(tabId, snapshot);
      return { ok: true };
    }
    // Prepared now, while the panel frame is still starting; the badge counts the same intros.
    const view = snapshot ? prepareProspectView(tabId, snapshot) : null;
    if (!view) forgetProspectView(tabId);
    await setTabPage(tabId, tabPageOf(report));
    sendNotice(tabId, { notice: 'page-changed', tabId });
    const count = view ? await view.then((ready) => ready.intros.length + ready.moreIntros, () => 0) : 0;
    await showIntroCount(tabId, count).catch(() => undefined);
    return { ok: true };
  },

  'page:host-changed'({ problem }, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) sendNotice(tabId, { notice: 'host-changed', tabId, problem });
    return { ok: true };
  },

  async 'panel:hello'(_request, sender): Promise<PanelHello> {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { tabId: null, ...NO_PAGE };
    const page = await getTabPage(tabId);
    if (!page.snapshot) return { tabId, ...page };
    try {
      return { tabId, ...page, view: await prepareProspectView(tabId, page.snapshot) };
    } catch (error) {
      return { tabId, ...page, viewError: error instanceof Error ? error.message : String(error) };
    } finally {
      // The rep looks at a prospect: what the team changed meanwhile comes now (the panel hears
      // it), once this view is ready, so the pull's reads and writes do not delay the first one.
      panelOpened();
    }
  },

  async 'panel:insert'({ text }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, reason: 'no-tab' };
    return insertInTab(tabId, text);
  },

  async 'side-panel:insert'({ tabId, text }) {
    // The side panel names the tab: only a LinkedIn page there gets the text (its content script inserts).
    const url = await browser.tabs.get(tabId).then((tab) => tab?.url, () => undefined);
    if (!isLinkedInPage(url)) return { ok: false, reason: 'no-tab' };
    return insertInTab(tabId, text);
  },

  async 'panel:height'({ height }, sender) {
    const tabId = sender.tab?.id;
    // Only the number travels: the content script sizes the frame and learns nothing else.
    if (tabId !== undefined) await sendToTab(tabId, 'content:frame-height', { height }).catch(() => undefined);
    return { ok: true };
  },

  ...panelCommands,
  ...teamCommands,

  'stores:changed'({ stores }) {
    storesChanged(stores.filter(isStoreName));
    return { ok: true };
  },

  async 'subscription:set'({ url }) {
    const check = checkPackUrl(url);
    return check.ok ? subscribe(check.url) : { ok: false, error: check.error };
  },
  'subscription:refresh': ({ url }) => refreshSubscriptionByUrl(url),
  'subscription:delete': ({ url, removeRecords }) => removeSubscription(url, { removeRecords }),
};

export const route = createRouter(handlers, { extensionId: () => browser.runtime.id, extensionOrigin });
