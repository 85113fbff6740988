/**
 * Isolation and fault tolerance in real Chromium (docs/ARCHITECTURE.md, isolation and security):
 * LinkedIn's page cannot read the panel or its data, cannot talk to the panel, library markup is
 * inert, and a stopped background or a reloaded extension loses nothing and breaks no tab.
 *
 * Playwright cannot run code in a content script's isolated world, but the DevTools protocol can:
 * the privileged-command test below runs in Warmline's content-script world on a LinkedIn tab.
 * lib/background/router.test.ts covers every command and sender kind in detail.
 */
import type { CDPSession, Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, DEMO_PACK } from '../support/fixtures';
import { contentScriptWorld } from '../support/content-world';
import { choosePanelMode } from '../support/side-panel';
import { launch, type Harness } from '../support/harness';

const JANE = fixture('profile-logged-in.html').url;

/** Library and relationship text the panel shows for Jane with the demo pack: none of it may reach the page. */
const SECRETS = [
  'Priya Shah',
  'priya.shah@warmline.example',
  'Prefers a short email',
  'Worked together at Initech',
  'I saw you lead marketing',
  'Opener for marketing leaders',
  'Lead with alignment',
  'chrome-extension://',
];

/** Raw record counts of every store, read from inside an extension page (never the panel: it has no store). */
function storeCounts(frame: Frame | Page): Promise<Record<string, number>> {
  return frame.evaluate(
    () =>
      new Promise<Record<string, number>>((done, fail) => {
        const open = indexedDB.open('warmline');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            done(counts);
          };
        };
      }),
  );
}

/** The text inside the panel host's closed shadow root (CDP sees through it; the page cannot). */
async function hostShadowText(cdp: CDPSession): Promise<string | null> {
  type Node = { nodeType: number; nodeValue: string; localName?: string; children?: Node[]; shadowRoots?: Node[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const find = (node: Node): Node | undefined =>
    node.localName === 'warmline-panel' ? node : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean);
  const host = find(root);
  if (!host) return null;
  // Text of the shadow tree only; an iframe's own document is not part of it.
  const text = (node: Node): string =>
    node.nodeType === 3 ? node.nodeValue : node.localName === 'style' ? '' : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(text).join('');
  return (host.shadowRoots ?? []).map(text).join('');
}

function workerTargets(cdp: CDPSession, extensionId: string): Promise<number> {
  return cdp
    .send('Target.getTargets')
    .then(({ targetInfos }) => targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(extensionId)).length);
}

/** The extension's live service worker (a stopped one's Worker object stays listed but is dead). */
async function liveWorker(h: Harness): Promise<Worker> {
  let live: Worker | undefined;
  await expect
    .poll(async () => {
      for (const worker of h.context.serviceWorkers().filter((w) => w.url().includes(h.extensionId)).reverse()) {
        // A worker that is going away can leave evaluate hanging: one look is bounded.
        const look = new Promise<number>((resolve) => setTimeout(() => resolve(0), 1000));
        if ((await Promise.race([worker.evaluate(() => 1).catch(() => 0), look])) === 1) {
          live = worker;
          return true;
        }
      }
      return false;
    }, { timeout: 20_000 })
    .toBe(true);
  return live!;
}

/**
 * The panel asks the background for everything, its secondary parts ("New for you") a moment
 * after its first paint. Once those are up it asks nothing more until the rep acts: only then can
 * a test see the background stay stopped.
 */
async function panelAtRest(panel: Frame): Promise<void> {
  await panel.getByTestId('wl-intro').first().waitFor();
  await panel.getByTestId('wl-lib-new-for-you').waitFor();
}

describe('isolation and faults, with the demo pack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await (await h.importFile('demo.json', DEMO_PACK)).close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the page cannot read the panel, its data or its URL', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').filter({ hasText: 'Priya Shah' }).waitFor();
    await panel.getByText('I saw you lead marketing').first().waitFor();

    const html = await page.content();
    for (const secret of [...SECRETS, h.extensionId]) expect(html, secret).not.toContain(secret);

    // Everything a script in LinkedIn's own (main) world can reach.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('warmline-panel');
      let frameDocument = 'unreachable';
      try {
        frameDocument = String((window.frames[0] as Window | undefined)?.document?.body?.innerText);
      } catch {
        // cross-origin: as it should be
      }
      return {
        hostFound: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        hostChildren: host?.childNodes.length ?? -1,
        iframes: document.querySelectorAll('iframe').length,
        frames: window.frames.length,
        frameDocument,
        text: document.documentElement.outerHTML + document.body.innerText,
        resources: performance.getEntries().map((entry) => entry.name),
        links: [...document.querySelectorAll('[src],[href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href')),
      };
    });
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRoot).toBeNull(); // closed shadow root
    expect(seen.hostChildren).toBe(0);
    expect(seen.iframes).toBe(0);
    expect(seen.frameDocument).toMatch(/^(unreachable|undefined)$/);
    for (const secret of [...SECRETS, h.extensionId]) expect(seen.text, secret).not.toContain(secret);
    for (const name of [...seen.resources, ...seen.links]) expect(name).not.toMatch(/^chrome-extension:|panel\.html/);
    await page.close();
  });

  it('ignores messages the page posts to the panel frame', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').filter({ hasText: 'Priya Shah' }).waitFor();
    await expect.poll(() => panel.getByTestId('wl-suggestion').count()).toBeGreaterThan(0);
    // What the rep sees for this prospect (secondary parts such as "New for you" load after the first paint).
    const shown = async () =>
      [
        await panel.getByTestId('wl-profile-name').innerText(),
        ...(await panel.getByTestId('wl-intro').allInnerTexts()),
        ...(await panel.getByTestId('wl-suggestion').allInnerTexts()),
      ].join('\n');
    const options = await h.extensionPage('options.html');
    const before = { text: await shown(), counts: await storeCounts(options) };

    const hostile: unknown[] = [
      { type: 'subscription:delete', url: 'https://packs.warmline.example/team.json' },
      { type: 'subscription:set', url: 'https://attacker.example/pack.json' },
      { type: 'library:mark-seen', ids: ['demo-msg-marketing-leaders'] },
      { notice: 'page-changed', tabId: 1 },
      { type: 'panel:insert', text: 'spam' },
      { type: 'page:snapshot', snapshot: { url: 'https://www.linkedin.com/in/marcus-lee-cfo/', slug: 'marcus-lee-cfo', fullName: 'Marcus Lee', kind: 'person', cues: [] }, theme: 'dark' },
      { action: 'copy', contentId: 'demo-msg-marketing-leaders' },
      'copy',
      null,
    ];
    // Count deliveries in the panel so we wait on the event, not on time.
    await panel.evaluate(() => {
      (window as unknown as { delivered: number }).delivered = 0;
      addEventListener('message', () => (window as unknown as { delivered: number }).delivered++);
    });
    // The page cannot even name the frame (window.frames is empty: the iframe is in a closed
    // shadow root), so post through every handle a page could find, and to the panel directly.
    const reachable = await page.evaluate((messages) => {
      for (const message of messages) {
        for (let i = 0; i < window.frames.length; i++) window.frames[i]!.postMessage(message, '*');
        window.postMessage(message, '*');
      }
      return window.frames.length;
    }, hostile);
    expect(reachable).toBe(0);
    // What a page that did get a handle could do: messages arriving from the LinkedIn origin.
    await panel.evaluate((messages) => {
      for (const message of messages) dispatchEvent(new MessageEvent('message', { data: message, origin: 'https://www.linkedin.com', source: window.parent }));
    }, hostile);
    await panel.waitForFunction((n) => (window as unknown as { delivered: number }).delivered >= n, hostile.length);
    // Let anything those messages started reach the store and the screen (a round trip through both).
    await storeCounts(options);
    await panel.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

    expect(await shown()).toBe(before.text);
    expect(await storeCounts(options)).toEqual(before.counts);
    await Promise.all([page.close(), options.close()]);
  });

  it('refuses privileged commands sent from the content script’s own world', async () => {
    const page = await h.open(JANE);
    await h.panelFrame(page);
    const world = await contentScriptWorld(h, page);
    const options = await h.extensionPage('options.html');
    const countsBefore = await storeCounts(options);

    const send = async (message: unknown) => {
      const { value, threw } = await world(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
      expect(threw).toBe(false);
      return value;
    };
    for (const message of [
      { type: 'subscription:set', url: 'https://attacker.example/pack.json' },
      { type: 'subscription:refresh', url: 'https://attacker.example/pack.json' },
      { type: 'subscription:delete', url: 'https://attacker.example/pack.json' },
      { type: 'stores:changed', stores: ['content'] },
      { type: 'panel:hello' },
      { type: 'library:search', query: 'pricing' },
      { type: 'library:mark-seen', ids: ['demo-msg-marketing-leaders'] },
      { type: 'activity:record', action: 'copy', profile: { kind: 'person', url: JANE, slug: 'jane-doe', cues: [] } },
    ]) {
      expect(await send(message)).toEqual({ refused: `${message.type} is not allowed from content-script` });
    }
    // The one message it may send still works, so the refusals are the sender check.
    expect(await send({ type: 'page:snapshot', snapshot: null })).toEqual({ ok: true });
    // The content script cannot open the store either: IndexedDB there is LinkedIn's, not ours.
    expect((await world(`indexedDB.databases().then((all) => all.map((d) => d.name))`)).value).not.toContain('warmline');
    expect(await storeCounts(options)).toEqual(countsBefore);
    await Promise.all([page.close(), options.close()]);
  });

  it('the content script’s world reads no storage but the panel’s collapsed flag and mode: session, managed and sync are for trusted contexts', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    await panel.getByRole('button', { name: 'Collapse Warmline' }).click();
    await panel.getByRole('button', { name: 'Expand Warmline' }).click();
    await choosePanelMode(h, 'page');
    const world = await contentScriptWorld(h, page);
    const read = async (area: string) =>
      (await world(`(async () => { try { return Object.keys(await chrome.storage.${area}.get(null)).sort(); } catch { return 'refused'; } })()`)).value;
    // Whether the panel is collapsed, and where it shows (in the page or the side panel): nothing more.
    expect(await read('local')).toEqual(['ui.panelCollapsed', 'ui.panelMode']);
    // Where the background keeps each tab's snapshot and the popup its draft; the administrator's
    // policy (a pack URL); and an area Warmline does not use.
    expect(await read('session')).toBe('refused');
    expect(await read('managed')).toBe('refused');
    expect(await read('sync')).toBe('refused');
    await page.close();
  });

  it('refuses a compromised panel everything but the few commands the panel needs', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').first().waitFor();
    const options = await h.extensionPage('options.html');
    const countsBefore = await storeCounts(options);
    // What a script in the panel's own document (a clickjacked or compromised panel) can send.
    const send = (message: unknown) => panel.evaluate((m) => chrome.runtime.sendMessage(m), message);
    for (const message of [
      { type: 'subscription:set', url: 'https://attacker.example/pack.json' },
      { type: 'subscription:delete', url: 'https://packs.warmline.example/team.json' },
      { type: 'stores:changed', stores: ['content', 'relationships'] },
      { type: 'page:snapshot', snapshot: { url: 'https://www.linkedin.com/in/marcus-lee-cfo/', slug: 'marcus-lee-cfo', kind: 'person', cues: [] } },
    ]) {
      expect(await send(message)).toEqual({ refused: `${message.type} is not allowed from panel` });
    }
    // What it may do: ask about its own tab.
    expect(await send({ type: 'panel:hello' })).toMatchObject({ tabId: await h.tabIdOf(page), snapshot: { slug: 'jane-doe-8a1b2c' } });
    expect(await storeCounts(options)).toEqual(countsBefore);
    await Promise.all([page.close(), options.close()]);
  });

  it('loses nothing when the background is stopped and restarted', async () => {
    // A subscription gives the background an alarm to keep. Its host answers once, with a pack.
    const packUrl = 'https://packs.warmline.example/team.json';
    await h.context.route(packUrl, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: DEMO_PACK }),
    );
    const options = await h.extensionPage('options.html');
    await options.evaluate((url) => chrome.runtime.sendMessage({ type: 'subscription:set', url }), packUrl);
    const alarmsBefore = await (await liveWorker(h)).evaluate(() => chrome.alarms.getAll());
    expect(alarmsBefore.map((a) => a.name)).toContain(`refresh:${packUrl}`);
    const countsBefore = await storeCounts(options);

    const page = await h.open(JANE);
    await panelAtRest(await h.panelFrame(page));
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => workerTargets(cdp, h.extensionId)).toBe(0);

    // A new profile tab wakes the background (its content script reports the page).
    const next = await h.open(fixture('company.html').url);
    const panel = await h.panelFrame(next);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).toBe('Northwind Traders');
    await panel.getByTestId('wl-intro').filter({ hasText: 'Ana Costa' }).waitFor();
    await expect.poll(() => workerTargets(cdp, h.extensionId)).toBe(1);

    const worker = await liveWorker(h);
    const alarmsAfter = await worker.evaluate(() => chrome.alarms.getAll());
    expect(alarmsAfter.map((a) => ({ name: a.name, period: a.periodInMinutes }))).toEqual(
      alarmsBefore.map((a) => ({ name: a.name, period: a.periodInMinutes })),
    );
    expect(await storeCounts(options)).toEqual(countsBefore);
    // The tab opened before the stop still works: its panel answers from the restarted background.
    await page.reload();
    await (await h.panelFrame(page)).getByTestId('wl-intro').filter({ hasText: 'Priya Shah' }).waitFor();
    await Promise.all([page.close(), next.close(), options.close()]);
  });

  // Last in this file: it reloads the extension (the harness turns developer mode on, without
  // which Chromium may disable the reloaded build instead of starting it again).
  it('after an extension reload, open LinkedIn tabs show a quiet notice, and a page reload brings the panel back', async () => {
    const early = await h.open(JANE);
    await panelAtRest(await h.panelFrame(early));
    const earlyCdp = await h.context.newCDPSession(early);
    // Stop the background once first: the content script's port to it drops, and the notice
    // must still come when the extension is later reloaded.
    await earlyCdp.send('ServiceWorker.enable');
    await earlyCdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => workerTargets(earlyCdp, h.extensionId)).toBe(0);

    const late = await h.open(fixture('profile-public.html').url);
    await h.panelFrame(late);
    const lateCdp = await h.context.newCDPSession(late);

    const worker = await liveWorker(h);
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker goes with it

    const notice = 'Warmline was updated. Reload this page to see it again.';
    await expect.poll(() => hostShadowText(lateCdp), { timeout: 15_000 }).toBe(notice);
    await expect.poll(() => hostShadowText(earlyCdp), { timeout: 15_000 }).toBe(notice);
    // The reloaded extension is up again once its new background answers.
    const reloaded = await liveWorker(h);
    expect(reloaded).not.toBe(worker);
    for (const page of [late, early]) {
      expect(page.frames().some((frame) => frame.url().includes('panel.html'))).toBe(false);
      await page.reload();
      const panel = await h.panelFrame(page);
      await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).not.toBe('');
    }
    // The data survived the reload too.
    const panel = await h.panelFrame(early);
    await panel.getByTestId('wl-intro').filter({ hasText: 'Priya Shah' }).waitFor();
    await Promise.all([early.close(), late.close()]);
  });
});

describe('library text holding markup or script', () => {
  let h: Harness;
  const IMG = '<img src=x onerror="window.top.pwned=1;alert(1)">';
  const SCRIPT = '<script>window.pwned=1;alert(2)</script>';
  const pack = {
    format: 'warmline.pack',
    version: 1,
    name: `Pack ${IMG}`,
    content: [
      {
        id: 'markup',
        kind: 'message',
        title: `Title ${IMG}`,
        body: `Hi {{firstName}} ${SCRIPT} and ${IMG}`,
        salesNote: `<b>bold</b> ${IMG}`,
        status: 'approved',
        updatedAt: '2026-01-01T00:00:00Z',
      },
    ],
    relationships: [
      {
        id: 'markup-rel',
        scope: 'person',
        person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe-8a1b2c/' },
        relation: 'friend',
        strength: 3,
        knownBy: { name: `Holder ${IMG}`, team: SCRIPT },
        howWeKnow: `How ${SCRIPT}`,
        notes: `Notes ${IMG}`,
        canIntro: true,
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
      },
    ],
  };

  beforeAll(async () => {
    h = await launch();
    await (await h.importFile('markup.json', JSON.stringify(pack))).close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('renders as inert text in the panel', async () => {
    const page = await h.open(JANE);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const panel = await h.panelFrame(page);
    const card = panel.locator('[data-testid="wl-suggestion"][data-content-id="markup"]');
    await card.waitFor();
    const intro = panel.getByTestId('wl-intro').first();
    await intro.waitFor();
    // Open the card and the intro's details: the sales note and the notes show only then.
    await card.getByTestId('wl-fold').click();
    await intro.locator('summary').click();

    expect(await card.innerText()).toContain(`Title ${IMG}`);
    expect(await card.innerText()).toContain(`Hi Jane ${SCRIPT} and ${IMG}`);
    expect(await card.innerText()).toContain(`<b>bold</b>`);
    const introText = await intro.innerText();
    for (const part of [`Holder ${IMG}`, `How ${SCRIPT}`, `Notes ${IMG}`]) expect(introText).toContain(part);

    const dom = await panel.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      bolds: document.querySelectorAll('main b').length,
      inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
    }));
    expect(dom).toEqual({ imgs: 0, bolds: 0, inlineScripts: 0, pwned: null });
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
