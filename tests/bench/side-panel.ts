/**
 * The side panel's speed (issue 18), over the bare DevTools pipe like the in-page panel's full
 * loads (./bare-cdp.ts). Headless Chromium cannot show the real side panel, so its page is opened
 * as a tab in a window of its own, bound to the LinkedIn window with `sidepanel.html?windowId=W`:
 * it follows that window's active tab as the real side panel does, and stays open (and on screen)
 * while the rep opens profiles. Each run opens a profile the side panel has not shown before (its
 * memory would otherwise answer at once): the fixture served at a fresh address.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { unpackedExtensionId } from '../support/chromium-policy';
import type { Fixture } from '../support/fixtures';
import { EXTENSION_DIR } from '../support/harness';
import { evaluate, pageTimings, startBareChromium, type BareChromium } from './bare-cdp';

export type SidePanelLoad = {
  /** From the top card on screen (the page's first contentful paint) to the filled side panel. */
  paintToFilled: number;
  /** From the top card in the DOM (DOMContentLoaded). */
  cardToFilled: number;
  /** The LinkedIn page's own load time, with the side panel open beside it. */
  pageLoad: number;
};

export type SidePanelFigures = { newTab: SidePanelLoad[]; inApp: number[] };

type Options = { userDataDir: string; profile: Fixture; other: Fixture; runs: number };

const address = (kind: string, run: number) => `https://www.linkedin.com/in/bench-${kind}-${run}/`;

/** The side panel's mark for this profile, once it has filled (polled: nothing else is asked of it meanwhile). */
async function filledAt(bare: BareChromium, sessionId: string, slug: string): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const at = await evaluate<number | null>(
      bare.cdp,
      sessionId,
      `(() => { const mark = performance.getEntriesByName('warmline:panel-filled').find((m) => m.detail === ${JSON.stringify(slug)}); return mark ? performance.timeOrigin + mark.startTime : null; })()`,
    );
    if (at !== null) return at;
    await sleep(50);
  }
  const shows = await evaluate<string>(bare.cdp, sessionId, `(async () => document.body.innerText.slice(0, 300) + ' | ' + location.search + ' | ' + JSON.stringify((await chrome.windows.getAll({ populate: true })).map((w) => [w.id, w.tabs.map((t) => [t.active, t.url])])))()`);
  throw new Error(`The side panel never filled for ${slug}: it shows ${shows}`);
}

async function windowOf(bare: BareChromium, targetId: string): Promise<number> {
  return (await bare.cdp.send<{ windowId: number }>('Browser.getWindowForTarget', { targetId })).windowId;
}

export async function sidePanelRuns({ userDataDir, profile, other, runs }: Options): Promise<SidePanelFigures> {
  const pages = new Map<string, string>();
  for (let run = 0; run <= runs; run++) {
    pages.set(address('new-tab', run), profile.html);
    pages.set(address('start', run), profile.html);
  }
  const bare = startBareChromium(userDataDir, pages);
  const { cdp } = bare;
  try {
    // The service worker may not be running yet: the id comes from the unpacked build's folder.
    const extensionId = unpackedExtensionId(EXTENSION_DIR);

    // The side panel in the first window; the rep's window beside it, opened last, so that new tabs
    // open there (one tab kept in it); the side panel then follows that window's active tab.
    const side = await bare.openTab({ url: `chrome-extension://${extensionId}/sidepanel.html` });
    const home = await bare.openTab({ newWindow: true });
    const windowId = await windowOf(bare, home.targetId);
    await cdp.send('Page.navigate', { url: `chrome-extension://${extensionId}/sidepanel.html?windowId=${windowId}` }, side.sessionId);
    await filledOrReady(bare, side.sessionId);
    // Zero-footprint mode, as the rep would choose it on the options page (the same storage item).
    await evaluate(cdp, side.sessionId, `chrome.storage.local.set({ 'ui.panelMode': 'side-panel' })`);

    // A profile opened from search: a new tab in the rep's window, which becomes its active tab.
    const openInRepsWindow = async () => {
      const opened = await bare.openTab();
      if ((await windowOf(bare, opened.targetId)) !== windowId) throw new Error('The new tab opened outside the rep\'s window.');
      return opened;
    };
    const newTab: SidePanelLoad[] = [];
    let tab = home;
    for (let run = 0; run <= runs; run++) {
      if (tab !== home) await cdp.send('Target.closeTarget', { targetId: tab.targetId });
      tab = await openInRepsWindow();
      const loaded = cdp.waitFor('Page.loadEventFired', tab.sessionId);
      await cdp.send('Page.navigate', { url: address('new-tab', run) }, tab.sessionId);
      await loaded;
      const filled = await filledAt(bare, side.sessionId, `bench-new-tab-${run}`);
      const page = await pageTimings(cdp, tab.sessionId);
      // The first load warms the browser, as the in-page figures' does.
      if (run > 0) newTab.push({ paintToFilled: filled - page.paint, cardToFilled: filled - page.dcl, pageLoad: page.load });
    }

    const inApp: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const loaded = cdp.waitFor('Page.loadEventFired', tab.sessionId);
      await cdp.send('Page.navigate', { url: address('start', run) }, tab.sessionId);
      await loaded;
      await filledAt(bare, side.sessionId, `bench-start-${run}`);
      // What LinkedIn does on a click to another profile (tests/support/harness.ts, navigateInApp).
      const cardAt = await evaluate<number>(
        cdp,
        tab.sessionId,
        `(() => { const parsed = new DOMParser().parseFromString(${JSON.stringify(other.html)}, 'text/html'); document.title = parsed.title; document.querySelector('main')?.replaceWith(parsed.querySelector('main')); history.pushState({}, '', ${JSON.stringify(address('in-app', run))}); return performance.timeOrigin + performance.now(); })()`,
      );
      const filled = await filledAt(bare, side.sessionId, `bench-in-app-${run}`);
      if (run > 0) inApp.push(filled - cardAt);
    }
    return { newTab, inApp };
  } finally {
    await bare.stop();
  }
}

/** The side panel has rendered (it follows an empty tab: no prospect yet). */
async function filledOrReady(bare: BareChromium, sessionId: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await evaluate<boolean>(bare.cdp, sessionId, `!!document.querySelector('[data-testid="wl-panel"]')`)) return;
    await sleep(50);
  }
  throw new Error('The side panel never rendered.');
}
