/** The background's message router: validate, check the sender, then act. */
import { browser, type Browser } from 'wxt/browser';
import { classifySender, mayHandle, parseMessage, type InsertOutcome, type Message, type PanelHello } from '../messaging';
import { showIntroCount, updateBadge } from './badge';
import { forgetProspectView, prepareProspectView } from './prospect-views';
import { getTabPage, setTabPage } from './tab-pages';
import { handlePrivileged } from './privileged';

type Sender = Browser.runtime.MessageSender;

export function extensionOrigin(): string {
  return browser.runtime.getURL('/').replace(/\/$/, '');
}

export async function route(raw: unknown, sender: Sender): Promise<unknown> {
  const message = parseMessage(raw);
  if (!message) return { refused: 'not a Warmline message' };
  const kind = classifySender(sender, browser.runtime.id, extensionOrigin());
  if (!mayHandle(kind, message.type)) return { refused: `${message.type} is not allowed from ${kind}` };
  return handle(message, sender);
}

async function handle(message: Message, sender: Sender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'page:snapshot': {
      if (tabId === undefined) return { refused: 'no tab' };
      const { snapshot, theme } = message;
      // Prepared now, while the panel frame is still starting; the badge counts the same intros.
      const view = snapshot ? prepareProspectView(tabId, snapshot) : null;
      if (!view) forgetProspectView(tabId);
      await setTabPage(tabId, { snapshot, theme });
      const count = view ? await view.then((ready) => ready.intros.length, () => 0) : 0;
      await showIntroCount(tabId, count).catch(() => undefined);
      return { ok: true };
    }
    case 'panel:hello': {
      if (tabId === undefined) return { tabId: null, snapshot: null, theme: 'light' } satisfies PanelHello;
      const page = await getTabPage(tabId);
      const view = page.snapshot ? await prepareProspectView(tabId, page.snapshot).catch(() => undefined) : undefined;
      return { tabId, ...page, ...(view ? { view } : {}) } satisfies PanelHello;
    }
    case 'panel:insert': {
      if (tabId === undefined) return { ok: false, reason: 'no-tab' } satisfies InsertOutcome;
      return browser.tabs
        .sendMessage(tabId, { type: 'content:insert', text: message.text })
        .catch((): InsertOutcome => ({ ok: false, reason: 'page-gone' }));
    }
    case 'badge:refresh': {
      if (tabId !== undefined) await updateBadge(tabId, (await getTabPage(tabId)).snapshot);
      return { ok: true };
    }
    case 'content:get-snapshot':
    case 'content:insert':
      return { refused: 'meant for the content script' };
    case 'panel:page-changed':
      return { refused: 'meant for the panel' };
    default:
      return handlePrivileged(message);
  }
}
