/**
 * Launch the built extension in real Chromium (headless, no network) and serve linkedin.com from
 * the fixtures by request routing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { loadFixtures, type Fixture } from './fixtures';

const OUT_DIR = process.env.WARMLINE_OUT_DIR ?? resolve(import.meta.dirname, '..', '..', '.output');
export const EXTENSION_DIR = resolve(OUT_DIR, 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// What the service worker's `chrome` offers these helpers (the code runs there, not in Node).
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

export type Harness = {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Extra routes: URL → HTML, served before the fixtures (for pages a test makes up). */
  pages: Map<string, string>;
  open(url: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  panelFrame(page: Page): Promise<Frame>;
  importFile(name: string, text: string): Promise<Page>;
  /** The browser's id for the tab showing this page. */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge on that tab. */
  badgeText(page: Page): Promise<string>;
  close(): Promise<void>;
};

type BrowserOptions = {
  /**
   * Chrome's third-party storage partitioning, on by default. Switched off (as an enterprise
   * policy can), a frame inside another site's page may be denied storage: the panel's case.
   */
  storagePartitioning?: boolean;
  /** The unpacked build to load (a copy has an id of its own: tests/support/chromium-policy.ts). */
  extensionDir?: string;
};

/**
 * Chromium's flags for a run: the built extension, and nothing that talks to the network. One
 * --disable-features flag only: a second would replace this list (Chromium keeps the last one),
 * and this one replaces Playwright's, which switches partitioning off.
 */
export function browserArgs({ storagePartitioning = true, extensionDir = EXTENSION_DIR }: BrowserOptions = {}): string[] {
  const disabled = ['Translate', 'OptimizationHints', 'MediaRouter', 'DialMediaRouteProvider'];
  if (!storagePartitioning) disabled.push('ThirdPartyStoragePartitioning');
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    `--disable-features=${disabled.join(',')}`,
  ];
}

/** Chrome's defaults. */
export const BROWSER_ARGS = browserArgs();

/**
 * Developer mode on, as in any browser that runs an unpacked build. With it off, Chromium disables
 * an unpacked extension that reloads itself (chrome.runtime.reload(), as an update does) now and
 * then instead of loading it again: chrome://extensions-internals then shows it DISABLED with
 * DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION, with no worker and no content scripts. Chrome reads
 * Preferences at start, so this is written before launch; other preferences are kept.
 */
function enableDeveloperMode(userDataDir: string): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  type Preferences = { extensions?: { ui?: Record<string, unknown> } & Record<string, unknown> } & Record<string, unknown>;
  const preferences = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Preferences;
  preferences.extensions = { ...preferences.extensions, ui: { ...preferences.extensions?.ui, developer_mode: true } };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(preferences));
}

type LaunchOptions = BrowserOptions & {
  headless?: boolean;
  /** Origins besides linkedin.com that may be reached (a team server on loopback). */
  allowOrigins?: readonly string[];
  /** A profile to keep after close (the bench reuses its data); a fresh temporary one otherwise. */
  userDataDir?: string;
  /**
   * Developer mode (on unless said): the tests reload the unpacked build. The bench leaves it off,
   * as a user from the store has it: Chromium then also keeps no console of extension errors.
   */
  developerMode?: boolean;
};

export async function launch({ headless = true, userDataDir: keptProfile, allowOrigins = [], developerMode = true, ...browser }: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = browser.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build in ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = keptProfile ?? mkdtempSync(join(tmpdir(), 'warmline-e2e-'));
  if (developerMode) enableDeveloperMode(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1400, height: 900 } : null,
    args: browserArgs(browser),
  });
  const pages = new Map<string, string>();
  const fixtures = loadFixtures();
  await routeLinkedIn(context, fixtures, pages);
  // Nothing else may leave the machine (but a team server the test runs on loopback).
  const linkedIn = /^https?:\/\/([a-z0-9-]+\.)*linkedin\.com\//i;
  await context.route(
    (url) => /^https?:$/.test(url.protocol) && !linkedIn.test(url.href) && !allowOrigins.includes(url.origin),
    (route) => route.abort(),
  );

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const tabIdOf = (page: Page) =>
    worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id ?? -1,
      page.url(),
    );

  const extensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };

  return {
    context,
    extensionId,
    worker,
    pages,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    extensionPage,
    async panelFrame(page) {
      const isPanel = (frame: Frame) => frame.url().includes('/panel.html');
      const frame =
        page.frames().find(isPanel) ??
        (await page.waitForEvent('framenavigated', { predicate: isPanel, timeout: 15_000 }).catch(() => {
          // It may have navigated between the first look and the wait.
          const late = page.frames().find(isPanel);
          if (!late) throw new Error('no panel frame on the page');
          return late;
        }));
      await frame.waitForSelector('[data-testid="wl-panel"]');
      return frame;
    },
    async importFile(name, text) {
      const dir = mkdtempSync(join(tmpdir(), 'warmline-import-'));
      const file = join(dir, name);
      writeFileSync(file, text);
      const page = await extensionPage('options.html#packs');
      await page.getByTestId('wl-import-file').setInputFiles(file);
      const confirm = page.getByTestId('wl-import-confirm');
      const result = page.getByTestId('wl-import-result');
      await Promise.race([confirm.waitFor(), result.getByRole('alert').waitFor()]);
      if (await confirm.isVisible()) {
        await confirm.click();
        await result.getByText('imported.').waitFor();
      }
      rmSync(dir, { recursive: true, force: true });
      return page;
    },
    tabIdOf,
    async badgeText(page) {
      const tabId = await tabIdOf(page);
      return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async close() {
      await context.close();
      if (!keptProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function routeLinkedIn(context: BrowserContext, fixtures: Fixture[], pages: Map<string, string>): Promise<void> {
  const byPath = new Map(fixtures.map((fixture) => [new URL(fixture.url).pathname.replace(/\/$/, ''), fixture.html]));
  await context.route(/^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i, (route) => {
    const url = new URL(route.request().url());
    const extra = pages.get(url.href) ?? pages.get(url.origin + url.pathname);
    const html = extra ?? byPath.get(url.pathname.replace(/\/$/, ''));
    if (html === undefined) {
      return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found | LinkedIn</title><h1>Page not found</h1>' });
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/**
 * What LinkedIn does when the rep clicks through to another profile: swap the main column, push
 * the URL. Returns the page's clock (ms since the epoch) once the new card is in the DOM.
 */
export async function navigateInApp(page: Page, to: Pick<Fixture, 'html' | 'url'>): Promise<number> {
  return page.evaluate(
    ({ html, url }) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      document.title = parsed.title;
      document.querySelector('main')?.replaceWith(parsed.querySelector('main')!);
      history.pushState({}, '', url);
      return performance.timeOrigin + performance.now();
    },
    { html: to.html, url: to.url },
  );
}
