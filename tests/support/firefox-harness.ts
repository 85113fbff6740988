/**
 * Launch the Firefox build in Debian's Firefox ESR over WebDriver BiDi (puppeteer-core), installed
 * as a temporary add-on, with linkedin.com served from the fixtures by request interception and
 * nothing else reaching the network.
 *
 * What Firefox's WebDriver BiDi does not do, and how this file gets around it:
 * - It hides extension documents (Mozilla bug 1755014): an extension page or frame sends no
 *   navigation or load events and keeps the URL it had before (`about:blank`), but scripts still
 *   run in it. So the panel frame is found by asking each child frame where it is, and an
 *   extension page is ready when its own `document` says so.
 * - It refuses to navigate a tab to `moz-extension:` unless Firefox runs with
 *   `--remote-allow-system-access`.
 * - The extension's URL holds a random per-install UUID: the `extensions.webextensions.uuids`
 *   preference fixes it (still random per launch) so the tests know the address.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { loadFixtures, type Fixture } from './fixtures';
import type { BrowserHarness } from './browser-harness';
import { LINKEDIN_URL, linkedInSite } from './linkedin-routes';

const OUT_DIR = process.env.WARMLINE_OUT_DIR ?? resolve(import.meta.dirname, '..', '..', '.output');
export const FIREFOX_EXTENSION_DIR = resolve(OUT_DIR, 'firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const LINKEDIN_HOSTS = 'https://*.linkedin.com/*';
const WAIT_MS = 15_000;

// What an extension page's `browser` offers these helpers (the code runs there, not in Node).
declare const browser: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
};

export type FirefoxHarness = BrowserHarness<Page, Frame> & {
  browser: Browser;
  /** `moz-extension://<uuid>`: the extension's origin in this run. */
  origin: string;
  /** The extension's granted permissions, as `permissions.getAll()` answers. */
  permissions(): Promise<{ origins: string[]; permissions: string[] }>;
};

type LaunchOptions = {
  headless?: boolean;
  /**
   * An administrator's policy for Warmline. Firefox reads an add-on's managed storage from a file
   * in the user's home (~/.mozilla/managed-storage/<add-on id>.json on Linux, as Mozilla documents
   * it), so such a run gets a home of its own.
   */
  managedStorage?: Record<string, unknown>;
};

export async function launchFirefox({ headless = true, managedStorage }: LaunchOptions = {}): Promise<FirefoxHarness> {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${manifestPath}: no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const home = managedStorage ? homeWithPolicy(addonId, managedStorage) : undefined;

  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    defaultViewport: headless ? { width: 1400, height: 900 } : null,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(addonId, uuid),
    ...(home ? { env: { ...process.env, HOME: home } } : {}),
  });
  try {
    // WebDriver BiDi's webExtension.install: a temporary add-on, as about:debugging loads one.
    const installed = await ff.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await ff.close();
    throw error;
  }

  const pages = new Map<string, string>();
  const route = linkedInRouter(loadFixtures(), pages);

  const extensionPage = async (path: string) => {
    const page = await ff.newPage();
    const url = `${origin}/${path}`;
    // The navigation happens, but its events never come (extension documents are hidden), so
    // puppeteer's own wait would hang: stop it once the page itself says it has loaded.
    const stop = new AbortController();
    void page.goto(url, { signal: stop.signal, timeout: 0 }).catch(() => undefined);
    // (The page may set its own hash, as the options page does for its tabs.)
    const want = url.replace(/#.*/, '');
    await page.waitForFunction((base) => location.href.replace(/#.*/, '') === base && document.readyState === 'complete', { timeout: WAIT_MS }, want);
    stop.abort();
    return page;
  };

  // One extension page kept open to ask the extension's APIs (tabs, permissions) for the tests.
  let control: Promise<Page> | undefined;
  const inExtension = async <T>(fn: () => Promise<T>): Promise<T> => {
    control ??= extensionPage('options.html');
    return (await control).evaluate(fn) as Promise<T>;
  };

  return {
    browser: ff,
    origin,
    pages,
    async open(url) {
      const page = await ff.newPage();
      await page.setRequestInterception(true);
      page.on('request', route);
      await page.goto(url);
      return page;
    },
    extensionPage,
    async panelFrame(page) {
      const panelUrl = `${origin}/panel.html`;
      const isPanel = async (frame: Frame) =>
        frame
          .evaluate((want) => location.href.startsWith(want) && !!document.querySelector('[data-testid="wl-panel"]'), panelUrl)
          .catch(() => false);
      return until(`the panel frame on ${page.url()}`, async () => {
        for (const frame of page.frames()) if (frame !== page.mainFrame() && (await isPanel(frame))) return frame;
        return undefined;
      });
    },
    async importFile(name, text) {
      const dir = mkdtempSync(join(tmpdir(), 'warmline-import-'));
      const file = join(dir, name);
      writeFileSync(file, text);
      try {
        const page = await extensionPage('options.html#packs');
        const input = await page.waitForSelector('input[data-testid="wl-import-file"]', { timeout: WAIT_MS });
        await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
        // A preview asks to confirm; a refused file shows its errors at once.
        const next = await page.waitForSelector('[data-testid="wl-import-confirm"], [data-testid="wl-import-result"] [role="alert"]', { timeout: WAIT_MS });
        if (await next!.evaluate((el) => el.matches('[data-testid="wl-import-confirm"]'))) {
          await next!.click();
          await page.waitForFunction(() => document.querySelector('[data-testid="wl-import-result"]')?.textContent?.includes('imported.'), { timeout: WAIT_MS });
        }
        return page;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    async tabIdOf(page) {
      const url = await page.evaluate(() => location.href);
      return until(`the tab of ${url}`, async () => {
        const tabs = await inExtension(() => browser.tabs.query({}));
        return tabs.find((tab) => tab.url === url)?.id;
      });
    },
    async permissions() {
      const granted = await inExtension(() => browser.permissions.getAll());
      return { origins: granted.origins ?? [], permissions: granted.permissions ?? [] };
    },
    async close() {
      await ff.close();
      if (home) rmSync(home, { recursive: true, force: true });
    },
  };
}

/** A home folder holding the add-on's managed storage manifest (Firefox's "native manifest" of type storage). */
function homeWithPolicy(addonId: string, data: Record<string, unknown>): string {
  const home = mkdtempSync(join(tmpdir(), 'warmline-ff-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${addonId}.json`), JSON.stringify({ name: addonId, description: 'Warmline policy (tests)', type: 'storage', data }));
  return home;
}

/** Firefox's preferences for every run. */
function firefoxPrefs(addonId: string, uuid: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    // How the LinkedIn host permission is granted. Firefox treats Manifest V3 host permissions
    // as optional (the user may withdraw them); since Firefox 127 it grants the manifest's at
    // install under this preference, which is its default. Set here so the tests do not rest on
    // the default; the Firefox suite checks the grant before anything else.
    'extensions.originControls.grantByDefault': true,
    // Lets a test read the clipboard (`navigator.clipboard.readText`) without Firefox's paste prompt.
    'dom.events.testing.asyncClipboard': true,
    // No network: a request that interception does not answer goes to a proxy that is not there
    // (pages the extension opens itself, the background's fetches, Firefox's own traffic).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

/** linkedin.com from the fixtures (and `pages`), the extension's own files as they are, the rest aborted. */
function linkedInRouter(fixtures: Fixture[], pages: Map<string, string>): (request: HTTPRequest) => void {
  const site = linkedInSite(fixtures, pages);
  return (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (!/^https?:/i.test(url)) return void request.continue();
    if (!LINKEDIN_URL.test(url)) return void request.abort();
    return void request.respond(site(new URL(url)));
  };
}

/**
 * What LinkedIn does when the rep clicks through to another profile: swap the main column, push
 * the URL (the same steps as the Chromium harness's navigateInApp).
 */
export async function navigateInApp(page: Page, to: Pick<Fixture, 'html' | 'url'>): Promise<void> {
  await page.evaluate(
    ({ html, url }) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      document.title = parsed.title;
      document.querySelector('main')?.replaceWith(parsed.querySelector('main')!);
      history.pushState({}, '', url);
    },
    { html: to.html, url: to.url },
  );
}

/** Polls `probe` until it returns a value (not undefined), or fails naming what it waited for. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** The text of the first element matching `selector` in a page or frame, or null when there is none. */
export function textOf(target: Page | Frame, selector: string): Promise<string | null> {
  return target.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);
}

/** How many elements match `selector` in a page or frame. */
export function countOf(target: Page | Frame, selector: string): Promise<number> {
  return target.evaluate((css) => document.querySelectorAll(css).length, selector);
}
