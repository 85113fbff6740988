/**
 * The background refuses privileged commands from anything but Warmline's own pages. Playwright
 * cannot run code in a content script's isolated world, so this test (the real router, on WXT's
 * fake browser and fake-indexeddb) is the proof that a content script, or a page that took one
 * over, cannot import, delete, subscribe or read the panel's data.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { deleteAllData, listContent, listRelationships, listSubscriptions, putContent } from '../db';
import { storedContent, packText } from '../../tests/support/builders';
import type { MessageType } from '../messaging';
import { route } from './router';

type Sender = Browser.runtime.MessageSender;

const ID = fakeBrowser.runtime.id;
const LINKEDIN_TAB = { id: 7, index: 0, url: 'https://www.linkedin.com/in/jane-doe/' } as Browser.tabs.Tab;

const contentScript: Sender = { id: ID, tab: LINKEDIN_TAB, url: 'https://www.linkedin.com/in/jane-doe/', frameId: 0 };
const optionsPage: Sender = { id: ID, url: `chrome-extension://${ID}/options.html` };

/** One of each privileged command, well formed, so only the sender check can stop it. */
const PRIVILEGED: Record<string, unknown> = {
  'pack:import': { type: 'pack:import', text: packText(), fileName: 'evil.json' },
  'data:delete-all': { type: 'data:delete-all' },
  'subscription:set': { type: 'subscription:set', url: 'https://attacker.example/pack.json' },
  'subscription:refresh': { type: 'subscription:refresh', url: 'https://packs.acme.example/p.json' },
  'subscription:delete': { type: 'subscription:delete', url: 'https://packs.acme.example/p.json' },
} satisfies Partial<Record<MessageType, unknown>>;

async function storeSnapshot() {
  return { content: await listContent(), relationships: await listRelationships(), subscriptions: await listSubscriptions() };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteAllData();
  await putContent(storedContent({ id: 'kept' }));
});

describe('route() refuses privileged commands from content scripts', () => {
  for (const [type, message] of Object.entries(PRIVILEGED)) {
    it(`refuses ${type} from a LinkedIn content script and changes nothing`, async () => {
      const before = await storeSnapshot();
      const answer = await route(message, contentScript);
      expect(answer).toEqual({ refused: `${type} is not allowed from content-script` });
      expect(await storeSnapshot()).toEqual(before);
    });
  }

  it('refuses what only extension pages may ask: the tab page and inserting text', async () => {
    for (const message of [{ type: 'panel:hello' }, { type: 'panel:insert', text: 'hi' }, { type: 'badge:refresh' }]) {
      expect(await route(message, contentScript)).toMatchObject({ refused: expect.stringContaining('content-script') });
    }
  });

  it('accepts the one thing a content script may say: what the page shows', async () => {
    const answer = await route({ type: 'page:snapshot', snapshot: null, theme: 'light' }, contentScript);
    expect(answer).toEqual({ ok: true });
    expect(await browser.storage.session.get('tab:7')).toEqual({ 'tab:7': { snapshot: null, theme: 'light' } });
  });

  it('refuses everything from other extensions, web pages and look-alike origins', async () => {
    const foreign: Sender[] = [
      { id: 'another-extension', url: `chrome-extension://another-extension/page.html` },
      { id: ID, tab: LINKEDIN_TAB, url: 'https://www.linkedin.com.attacker.example/in/x' },
      { id: ID, tab: LINKEDIN_TAB, url: 'http://www.linkedin.com/in/x' },
      { id: ID, url: `chrome-extension://${ID}evil/options.html` },
      { id: ID },
      {},
    ];
    const before = await storeSnapshot();
    for (const sender of foreign) {
      for (const message of [...Object.values(PRIVILEGED), { type: 'page:snapshot', snapshot: null }, { type: 'panel:hello' }]) {
        expect(await route(message, sender), JSON.stringify(sender)).toMatchObject({ refused: expect.stringContaining('foreign') });
      }
    }
    expect(await storeSnapshot()).toEqual(before);
  });

  it('refuses messages that are not Warmline messages, whoever sends them', async () => {
    const oversized = { type: 'panel:insert', text: 'x'.repeat(8001) };
    for (const raw of [null, 'pack:import', { type: 'pack:import' }, { type: 'eval', code: '1' }, { type: 'subscription:set', url: 42 }, oversized]) {
      expect(await route(raw, optionsPage)).toEqual({ refused: 'not a Warmline message' });
    }
    expect((await listContent()).map((c) => c.id)).toEqual(['kept']);
  });

  it('carries out the same commands for Warmline’s own pages (so the refusals above are the sender check)', async () => {
    expect(await route(PRIVILEGED['pack:import'], optionsPage)).toMatchObject({ ok: true, report: { added: 2 } });
    expect((await listContent()).map((c) => c.id).sort()).toEqual(['c1', 'kept']);
    expect(await route(PRIVILEGED['data:delete-all'], { id: ID, origin: `chrome-extension://${ID}` })).toEqual({ ok: true });
    expect(await listContent()).toEqual([]);
  });
});
