/**
 * The background carries out each command only for the senders the protocol's table names.
 * Playwright cannot run code in a content script's isolated world, so this test (the real
 * router, on WXT's fake browser and fake-indexeddb) is the proof that a content script, or a page
 * that took one over, cannot subscribe, unsubscribe or read the panel's data, and that a
 * compromised panel cannot reach past the few commands it needs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { deleteAllData, getMeta, listActivities, listContent, listRelationships, listSubscriptions, META, putContent } from '../db';
import type { Sender } from '../protocol/router';
import type { BackgroundCommand } from '../protocol/types';
import { personPage, packText, storedContent } from '../../tests/support/builders';
import { ask, SENDERS } from '../../tests/support/routing';
import { route } from './router';

const { contentScript, panel, optionsPage, sidePanel } = SENDERS;
const ID = fakeBrowser.runtime.id;
const PACK_URL = 'https://packs.acme.example/p.json';

/** Well formed, so only the sender check can stop each. */
const FOR_PAGES = {
  'subscription:set': { type: 'subscription:set', url: 'https://attacker.example/pack.json' },
  'subscription:refresh': { type: 'subscription:refresh', url: PACK_URL },
  'subscription:delete': { type: 'subscription:delete', url: PACK_URL },
  'stores:changed': { type: 'stores:changed', stores: ['content'] },
} satisfies Partial<Record<BackgroundCommand, unknown>>;

const FOR_THE_PANEL = {
  'panel:hello': { type: 'panel:hello' },
  'panel:insert': { type: 'panel:insert', text: 'hi' },
  'library:search': { type: 'library:search', query: 'pricing' },
  'library:unseen': { type: 'library:unseen' },
  'library:mark-seen': { type: 'library:mark-seen', ids: ['kept'] },
  'activity:record': { type: 'activity:record', action: 'copy', profile: personPage(), contentId: 'kept' },
  'feedback:record': { type: 'feedback:record', profile: personPage(), contentId: 'kept', verdict: 'worked' },
  'feedback:undo': { type: 'feedback:undo', feedbackId: 'kept' },
  'feedback:pending': { type: 'feedback:pending', profile: personPage(), before: '2026-01-01T00:00:00.000Z' },
  'panel:height': { type: 'panel:height', height: 400 },
} satisfies Partial<Record<BackgroundCommand, unknown>>;

const FOR_CONTENT_SCRIPTS = { 'page:snapshot': { type: 'page:snapshot', snapshot: null, theme: 'light' } };

const FOR_THE_SIDE_PANEL = { 'side-panel:insert': { type: 'side-panel:insert', tabId: 7, text: 'hi' } };

const { 'stores:changed': _reportingWrites, ...SUBSCRIPTIONS } = FOR_PAGES;

async function everythingStored() {
  return {
    content: await listContent(),
    relationships: await listRelationships(),
    subscriptions: await listSubscriptions(),
    activities: await listActivities(),
    seen: await getMeta(META.sellInSeen),
  };
}

async function refusesEach(messages: Record<string, unknown>, sender: Sender, kind: string) {
  const before = await everythingStored();
  for (const [type, message] of Object.entries(messages)) {
    expect(await route(message, sender), type).toEqual({ refused: `${type} is not allowed from ${kind}` });
  }
  expect(await everythingStored()).toEqual(before);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteAllData();
  await putContent(storedContent({ id: 'kept' }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('route() checks the sender against the command table', () => {
  it('refuses a content script everything but reporting its page, and changes nothing', async () => {
    await refusesEach({ ...FOR_PAGES, ...FOR_THE_PANEL, ...FOR_THE_SIDE_PANEL }, contentScript, 'content-script');
  });

  it('refuses the panel what only Warmline’s own pages may do: subscribe, unsubscribe, report writes, or report a page', async () => {
    await refusesEach({ ...FOR_PAGES, ...FOR_CONTENT_SCRIPTS, ...FOR_THE_SIDE_PANEL }, panel, 'panel');
  });

  it('refuses the popup and the options page the panel’s and the content script’s commands, and an insert into a tab they name', async () => {
    await refusesEach({ ...FOR_THE_PANEL, ...FOR_CONTENT_SCRIPTS, ...FOR_THE_SIDE_PANEL }, optionsPage, 'extension-page');
  });

  it('refuses the side panel the panel’s commands (it reads the store itself), subscriptions and page reports', async () => {
    await refusesEach({ ...SUBSCRIPTIONS, ...FOR_THE_PANEL, ...FOR_CONTENT_SCRIPTS }, sidePanel, 'side-panel');
    // Opened in a tab (sidepanel.html?tabId=N) it is still the side panel; framed inside a tab it is not.
    const inTab = { ...sidePanel, url: `${sidePanel.url}?tabId=7`, tab: { id: 9 }, frameId: 0 };
    expect(await route(FOR_PAGES['stores:changed'], inTab)).toEqual({ ok: true });
    const framed = { ...sidePanel, tab: { id: 7 }, frameId: 3 };
    expect(await route(FOR_THE_SIDE_PANEL['side-panel:insert'], framed)).toEqual({ refused: 'side-panel:insert is not allowed from panel' });
  });

  it('inserts for the side panel only into a LinkedIn tab', async () => {
    const other = await fakeBrowser.tabs.create({ url: 'https://mail.example.com/inbox' });
    expect(await ask(sidePanel, 'side-panel:insert', { tabId: other.id!, text: 'hi' })).toEqual({ ok: false, reason: 'no-tab' });
    expect(await ask(sidePanel, 'side-panel:insert', { tabId: 4242, text: 'hi' })).toEqual({ ok: false, reason: 'no-tab' });
    // A LinkedIn tab: the text goes to its content script (none answers here: the page is gone).
    const linkedIn = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/jane-doe/' });
    expect(await ask(sidePanel, 'side-panel:insert', { tabId: linkedIn.id!, text: 'hi' })).toEqual({ ok: false, reason: 'page-gone' });
  });

  it('accepts the one thing a content script may say: what the page shows', async () => {
    expect(await route(FOR_CONTENT_SCRIPTS['page:snapshot'], contentScript)).toEqual({ ok: true });
    expect(await browser.storage.session.get('tab:7')).toEqual({ 'tab:7': { snapshot: null, theme: 'light' } });
  });

  it('refuses everything from other extensions, web pages and look-alike origins', async () => {
    const foreign: Sender[] = [
      { id: 'another-extension', url: `chrome-extension://another-extension/page.html` },
      { id: ID, tab: { id: 7 }, url: 'https://www.linkedin.com.attacker.example/in/x' },
      { id: ID, tab: { id: 7 }, url: 'http://www.linkedin.com/in/x' },
      { id: ID, url: `chrome-extension://${ID}evil/options.html` },
      { id: ID },
      {},
    ];
    const before = await everythingStored();
    for (const sender of foreign) {
      for (const message of Object.values({ ...FOR_PAGES, ...FOR_THE_PANEL, ...FOR_CONTENT_SCRIPTS, ...FOR_THE_SIDE_PANEL })) {
        expect(await route(message, sender), JSON.stringify(sender)).toMatchObject({ refused: expect.stringContaining('foreign') });
      }
    }
    expect(await everythingStored()).toEqual(before);
  });

  it('refuses messages that are not Warmline messages, whoever sends them', async () => {
    const oversized = { type: 'panel:insert', text: 'x'.repeat(8001) };
    const notOurs = [
      null,
      'subscription:set',
      { type: 'subscription:set' },
      { type: 'eval', code: '1' },
      { type: 'subscription:set', url: 42 },
      { type: 'activity:record', action: 'feedback', profile: personPage() },
      { type: 'toString' },
      // Meant for the content script, never carried out by the background.
      { type: 'content:insert', text: 'hi' },
      oversized,
      // The panel's height is a whole number in range, nothing else.
      { type: 'panel:height', height: 'tall' },
      { type: 'panel:height', height: 1e9 },
      { type: 'panel:height', height: 12.5 },
    ];
    for (const sender of [optionsPage, panel]) {
      for (const raw of notOurs) expect(await route(raw, sender), JSON.stringify(raw)).toEqual({ refused: 'not a Warmline message' });
    }
    expect((await listContent()).map((c) => c.id)).toEqual(['kept']);
  });

  it('carries out the same commands for the senders the table names (so the refusals above are the sender check)', async () => {
    vi.stubGlobal('fetch', async () => new Response(packText(), { status: 200 }));
    expect(await ask(optionsPage, 'subscription:set', { url: PACK_URL })).toMatchObject({ ok: true, report: { added: 2 } });
    expect((await listContent()).map((c) => c.id).sort()).toEqual(['c1', 'kept']);
    expect(await ask(optionsPage, 'subscription:delete', { url: PACK_URL })).toEqual({ ok: true });
    expect(await listSubscriptions()).toEqual([]);

    expect(await ask(panel, 'activity:record', { action: 'copy', profile: personPage(), contentId: 'kept' })).toEqual({ ok: true });
    expect(await listActivities()).toMatchObject([{ action: 'copy', contentId: 'kept', profileSlug: 'jane-doe' }]);
    expect(await ask(panel, 'library:mark-seen', { ids: ['kept'] })).toEqual({ ok: true });
    expect(await getMeta(META.sellInSeen)).toEqual(['kept']);
  });
});

describe('the panel’s height', () => {
  it('goes to the panel’s own tab, to its top frame, as a number and nothing else', async () => {
    const sent: unknown[] = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (...args: unknown[]) => {
      sent.push(args);
      return { ok: true };
    });
    expect(await ask(panel, 'panel:height', { height: 432 })).toEqual({ ok: true });
    expect(sent).toEqual([[7, { type: 'content:frame-height', height: 432 }, { frameId: 0 }]]);
  });
});
