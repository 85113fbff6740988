/**
 * Full page loads timed with no test driver inside the panel frame. Playwright attaches to every
 * new frame and holds it until its own scripts are in (about 300 kB evaluated per frame), which
 * no user has; so this drives Chromium over the bare DevTools pipe instead: it serves the
 * fixture to the page, and only after the panel is filled does it look inside the frame to read
 * the panel's own performance marks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { BROWSER_ARGS, CHROMIUM } from '../support/harness';

type Pending = { resolve(value: unknown): void; reject(error: Error): void };
type Event = { method: string; params: Record<string, unknown>; sessionId?: string };

/** The DevTools protocol over --remote-debugging-pipe: JSON messages ending in NUL. */
export class Cdp {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private listeners = new Set<(event: Event) => void>();
  private buffer = '';

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.setEncoding('utf8');
    fromBrowser.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: unknown; error?: { message: string } } & Event;
        this.buffer = this.buffer.slice(end + 1);
        if (message.id !== undefined) {
          const waiter = this.pending.get(message.id);
          this.pending.delete(message.id);
          if (message.error) waiter?.reject(new Error(message.error.message));
          else waiter?.resolve(message.result);
        } else {
          for (const listener of this.listeners) listener(message);
        }
      }
    });
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    this.toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    return new Promise((resolve, reject) => this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  on(listener: (event: Event) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  waitFor(method: string, sessionId: string, timeoutMs = 15_000): Promise<Event> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (stop(), reject(new Error(`timed out waiting for ${method}`))), timeoutMs);
      const stop = this.on((event) => {
        if (event.method === method && event.sessionId === sessionId) {
          clearTimeout(timer);
          stop();
          resolve(event);
        }
      });
    });
  }
}

export async function evaluate<T>(cdp: Cdp, sessionId: string, expression: string): Promise<T> {
  const answer = await cdp.send<{ result: { value: T } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
  return answer.result.value;
}

export type BareLoad = {
  /** From the top card in the DOM (DOMContentLoaded: it is in the served HTML). */
  cardToFilled: number;
  /** From the top card on screen (the page's first contentful paint). */
  paintToFilled: number;
  navigationToFilled: number;
  pageLoad: number;
};

type BareOptions = {
  /** The profile, with the extension's data in it. */
  userDataDir: string;
  url: string;
  html: string;
  runs: number;
  /** Whether a panel is expected (false for the baseline: a host Warmline does not run on). */
  panel: boolean;
  /** A new tab per load (opening a profile from search), or one tab navigated again and again. */
  newTabs?: boolean;
};

/**
 * Loads `url` (answered with `html`) `runs` times and returns, per run, the page's load time and
 * (when a panel is expected) the panel's timings.
 */
/** Chromium over the bare DevTools pipe, answering `url` with `html` (and `pages` with theirs). */
export type BareChromium = {
  cdp: Cdp;
  /** A new tab on about:blank, attached, with the page's requests served. */
  openTab(options?: { newWindow?: boolean; url?: string }): Promise<{ targetId: string; sessionId: string }>;
  stop(): Promise<void>;
};

export function startBareChromium(userDataDir: string, pages: ReadonlyMap<string, string>): BareChromium {
  const browser: ChildProcess = spawn(
    CHROMIUM,
    [...BROWSER_ARGS, '--headless', '--remote-debugging-pipe', '--window-size=1400,900', `--user-data-dir=${userDataDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const cdp = new Cdp(browser.stdio[3] as Writable, browser.stdio[4] as Readable);
  // The page's own requests: the fixture, LinkedIn's others empty, nothing else leaves the machine.
  cdp.on((event) => {
    if (event.method !== 'Fetch.requestPaused' || !event.sessionId) return;
    const { requestId, request } = event.params as { requestId: string; request: { url: string } };
    const page = pages.get(request.url.split('#')[0]!);
    if (page !== undefined || /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//.test(request.url)) {
      const body = Buffer.from(page ?? '').toString('base64');
      const headers = [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }];
      void cdp.send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders: headers, body }, event.sessionId);
    } else {
      void cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, event.sessionId);
    }
  });
  return {
    cdp,
    async openTab({ newWindow = false, url = 'about:blank' } = {}) {
      const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url, newWindow });
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'http*' }] }, sessionId);
      await cdp.send('Page.enable', {}, sessionId);
      return { targetId, sessionId };
    },
    async stop() {
      // The profile may only go once Chromium has let go of it.
      const exited = browser.exitCode === null ? once(browser, 'exit') : Promise.resolve();
      browser.kill();
      await exited;
    },
  };
}

/** The page's timings, once its load handlers have run (loadEventEnd is set a task later). */
export function pageTimings(cdp: Cdp, sessionId: string): Promise<{ dcl: number; paint: number; load: number }> {
  return evaluate(
    cdp,
    sessionId,
    `new Promise((done) => setTimeout(done, 50)).then(() => { const n = performance.getEntriesByType('navigation')[0]; const paint = performance.getEntriesByName('first-contentful-paint')[0]; return { dcl: performance.timeOrigin + n.domContentLoadedEventEnd, paint: performance.timeOrigin + (paint?.startTime ?? NaN), load: n.loadEventEnd }; })`,
  );
}

/**
 * Loads `url` (answered with `html`) `runs` times and returns, per run, the page's load time and
 * (when a panel is expected) the panel's timings.
 */
export async function bareFullLoads({ userDataDir, url, html, runs, panel, newTabs = true }: BareOptions): Promise<BareLoad[]> {
  const bare = startBareChromium(userDataDir, new Map([[url, html]]));
  const { cdp } = bare;
  try {
    const loads: BareLoad[] = [];
    // A new tab per load, as when a rep opens a profile from search: no process or cache reuse.
    let tab = await bare.openTab();
    for (let run = 0; run < runs + 1; run++) {
      if (newTabs && run > 0) {
        await cdp.send('Target.closeTarget', { targetId: tab.targetId });
        tab = await bare.openTab();
      } else if (run > 0) {
        await cdp.send('Page.navigate', { url: 'about:blank' }, tab.sessionId);
      }
      const { sessionId } = tab;
      const loaded = cdp.waitFor('Page.loadEventFired', sessionId);
      const started = Date.now();
      await cdp.send('Page.navigate', { url }, sessionId);
      await loaded;
      const filledAt = panel ? await panelFilledAt(cdp) : NaN;
      const page = await pageTimings(cdp, sessionId);
      // The first load warms the browser, as a rep's first profile of the day would.
      if (run > 0) loads.push({ cardToFilled: filledAt - page.dcl, paintToFilled: filledAt - page.paint, navigationToFilled: filledAt - started, pageLoad: page.load });
    }
    return loads;
  } finally {
    await bare.stop();
  }
}

/** Looks into the panel frame only once it has had time to fill, then reads its mark. */
async function panelFilledAt(cdp: Cdp): Promise<number> {
  for (let attempt = 0; attempt < 40; attempt++) {
    await sleep(250);
    const { targetInfos } = await cdp.send<{ targetInfos: Array<{ targetId: string; type: string; url: string }> }>('Target.getTargets');
    const frame = targetInfos.find((target) => target.type === 'iframe' && target.url.endsWith('/panel.html'));
    if (!frame) continue;
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: frame.targetId, flatten: true });
    const filled = await evaluate<number | null>(
      cdp,
      sessionId,
      `(() => { const mark = performance.getEntriesByName('warmline:panel-filled')[0]; return mark ? performance.timeOrigin + mark.startTime : null; })()`,
    );
    await cdp.send('Target.detachFromTarget', { sessionId });
    if (filled !== null) return filled;
  }
  throw new Error('The panel never filled.');
}
