/**
 * Warmline Team's speed (issue 12), in `npm run bench` (or alone: `npm run bench -- team`): the
 * real server as a process on loopback (`node server/bin/server.ts`, PGlite in a temporary data
 * folder), seeded through its import (`server:import`: 100,000 relationships and 5,000 items in a
 * team), people invited by `server:invite`, and browser profiles with the built extension, each
 * joined on the Team tab as a person joins.
 *
 * - A marketer's save in the popup → the rep's open panel showing it (two profiles, one team).
 * - A pull with nothing new: the request the extension's background sends, its bytes and time.
 * - The first sync of the big team into an empty extension, beside importing the same pack from a file.
 * - The panel's time to fill on a full load, with the big team synced and with a small team only.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cli, lastLine, startServer, ROOT } from '../server/support/process';
import { recordCount } from '../support/extension-store';
import type { Fixture } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';
import { joinTeam } from '../support/team-browser';
import { bareFullLoads } from './bare-cdp';
import { benchPack, benchTeamExport } from './data';

export type TeamFigures = Record<string, number | string>;

type Options = {
  runs: number;
  relationships: number;
  items: number;
  /** The demo profile: flagged in the warm-up run, and loaded for the panel's figures. */
  profile: Fixture;
  percentile(values: number[], p: number): number;
};

const round = (value: number) => Math.round(value * 10) / 10;
const log = (step: string) => console.log(`team bench: ${step}…`);
/** Each run flags a prospect no one has flagged: the profile at an address, with a name and a company, of its own. */
const address = (run: number) => `https://www.linkedin.com/in/bench-team-${run}/`;
const prospect = (profile: Fixture, run: number) =>
  profile.html.replaceAll('Jane Doe', `Prospect${run} Example`).replaceAll('Acme Robotics', `Company ${run} Robotics`);

/** The popup acting for the tab that shows `page`, with the flag filled (shared with the team), not saved. */
async function filledPopup(h: Harness, page: Page): Promise<Page> {
  let tabId = -1;
  for (let tries = 0; tabId < 0 && tries < 100; tries++) {
    tabId = await h.tabIdOf(page);
    if (tabId < 0) await page.waitForTimeout(50);
  }
  const popup = await h.extensionPage(`popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="wl-flag-name"]')?.value);
  await popup.getByTestId('wl-flag-relation').selectOption('former-colleague');
  await popup.getByTestId('wl-flag-strength').selectOption('5');
  await popup.getByLabel('I agree to introduce reps to them').check();
  await popup.getByTestId('wl-flag-share').selectOption('team');
  return popup;
}

/**
 * The marketer saves a flag on a profile the rep has open; the time from the save (the click, on
 * the popup's clock) to the intro in the rep's panel (a mutation observer there, on the rep's
 * clock: both are the machine's wall clock). Run 0 (the demo profile) warms up and is not counted.
 */
async function saveToPanel(marketer: Harness, rep: Harness, profile: Fixture, runs: number): Promise<number[]> {
  const latencies: number[] = [];
  const repPage = await rep.context.newPage();
  const marketerPage = await marketer.context.newPage();
  for (let run = 0; run <= runs; run++) {
    const url = run === 0 ? profile.url : address(run);
    for (const h of [marketer, rep]) h.pages.set(url, run === 0 ? profile.html : prospect(profile, run));
    await repPage.goto(url);
    const panel = await rep.panelFrame(repPage);
    await panel.getByTestId('wl-profile-name').filter({ hasText: /\S/ }).waitFor();
    await panel.evaluate(() => {
      const seen = window as unknown as { introSeenAt?: number };
      const intros = () => document.querySelectorAll('[data-testid="wl-intro"]').length;
      if (intros() > 0) throw new Error(`The prospect already has an intro: ${location.href}`);
      new MutationObserver(() => {
        if (intros() > 0) seen.introSeenAt ??= performance.timeOrigin + performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    await marketerPage.goto(url);
    const popup = await filledPopup(marketer, marketerPage);
    const savedAt = await popup.evaluate(() => {
      const at = performance.timeOrigin + performance.now();
      document.querySelector<HTMLButtonElement>('[data-testid="wl-flag-save"]')!.click();
      return at;
    });
    const seenAt = await (await panel.waitForFunction(() => (window as unknown as { introSeenAt?: number }).introSeenAt, undefined, { timeout: 30_000 })).jsonValue();
    await popup.getByTestId('wl-flag-status').getByText(/^Saved:/).waitFor();
    await popup.close();
    if (run > 0) latencies.push(seenAt! - savedAt);
  }
  await Promise.all([repPage.close(), marketerPage.close()]);
  return latencies;
}

type Pull = { ms: number; requestBytes: number; responseBytes: number; empty: boolean };

/**
 * Watches the pulls the background sends, in its own fetch (once per worker global: a worker
 * stopped and started again is watched anew). The body is read from a clone; nothing is parsed.
 */
async function watchPulls(h: Harness): Promise<void> {
  await h.worker.evaluate(() => {
    const scope = globalThis as unknown as { benchPulls?: Pull[]; fetch: typeof fetch };
    if (scope.benchPulls) return;
    scope.benchPulls = [];
    const original = scope.fetch;
    const bytes = (text: string) => new TextEncoder().encode(text).length;
    scope.fetch = async (input, init) => {
      const started = performance.now();
      const response = await original(input, init);
      if (String(input).endsWith('/v1/pull')) {
        const body = await response.clone().text();
        const requestBytes = bytes(typeof init?.body === 'string' ? init.body : '');
        scope.benchPulls!.push({ ms: performance.now() - started, requestBytes, responseBytes: bytes(body), empty: body.includes('"changes":[]') });
      }
      return response;
    };
  });
}

/** The pulls watched since the last call. */
function takePulls(h: Harness): Promise<Pull[]> {
  return h.worker.evaluate(() => (globalThis as unknown as { benchPulls: Pull[] }).benchPulls.splice(0));
}

/** "Sync now" with nothing new, `runs` times: each pull the background sent, and the click → result time. */
async function emptyPulls(h: Harness, runs: number): Promise<{ pulls: Pull[]; syncNow: number[] }> {
  const options = await h.extensionPage('options.html#team');
  const syncNow: number[] = [];
  const pulls: Pull[] = [];
  for (let run = 0; run <= runs; run++) {
    await watchPulls(h);
    const started = Date.now();
    await options.getByTestId('wl-team-sync-now').click();
    await options.getByTestId('wl-team-sync-result').filter({ hasText: /^Synced/ }).waitFor();
    const seen = await takePulls(h);
    if (run > 0) {
      syncNow.push(Date.now() - started);
      pulls.push(...seen);
    }
    await options.reload();
  }
  await options.close();
  if (pulls.some((pull) => !pull.empty)) throw new Error('A pull meant to bring nothing brought changes.');
  return { pulls, syncNow };
}

/** Joins and waits until every relationship and item is in the store: ms from the click on Join. */
async function firstSync(h: Harness, serverUrl: string, code: string, relationships: number, items: number): Promise<{ connected: number; done: number; pulls: Pull[] }> {
  const options = await h.extensionPage('options.html#team');
  await watchPulls(h);
  await options.getByTestId('wl-team-url').fill(serverUrl);
  await options.getByTestId('wl-team-code').fill(code);
  const started = Date.now();
  await options.getByTestId('wl-team-join').click();
  await options.getByTestId('wl-team-status').getByText('Connected').waitFor({ timeout: 60_000 });
  const connected = Date.now() - started;
  const deadline = started + 15 * 60_000;
  while ((await recordCount(options, 'relationships')) < relationships || (await recordCount(options, 'content')) < items) {
    if (Date.now() > deadline) throw new Error('The first sync did not finish in 15 minutes.');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const done = Date.now() - started;
  await options.close();
  return { connected, done, pulls: await takePulls(h) };
}

export async function teamBench({ runs, relationships, items, profile, percentile }: Options): Promise<TeamFigures> {
  const figures: TeamFigures = {};
  const folder = mkdtempSync(join(tmpdir(), 'warmline-bench-team-'));
  const env = { WARMLINE_DATA: join(folder, 'server'), WARMLINE_HOST: '127.0.0.1', WARMLINE_JOIN_ATTEMPTS: '1000' };
  const browsers: Harness[] = [];
  const profileDir = (name: string) => join(folder, name);
  try {
    // The big team's library, through the server's own import (a store must be empty for it).
    const pack = benchPack(relationships, items);
    const total = { relationships: relationships + 1, items };
    const schema = Math.max(...readdirSync(join(ROOT, 'server/db/migrations')).map((file) => Number.parseInt(file, 10)));
    const exportFile = join(folder, 'big-team.jsonl');
    writeFileSync(exportFile, benchTeamExport(pack, { team: 'Big', owner: 'Big Owner', schema }));
    log('server:import');
    const importStarted = Date.now();
    const imported = await cli('import', ['--in', exportFile], env);
    if (imported.code !== 0) throw new Error(`server:import failed:\n${imported.stdout}\n${imported.stderr}`);
    figures[`server:import of ${total.relationships.toLocaleString('en')} relationships + ${items.toLocaleString('en')} items (s)`] = round((Date.now() - importStarted) / 1000);

    const server = await startServer(env);
    try {
      const invite = async (team: string, role: string, name: string) => {
        const made = await cli('invite', ['--team', team, '--role', role, '--name', name], env);
        if (made.code !== 0) throw new Error(`server:invite failed:\n${made.stdout}\n${made.stderr}`);
        return lastLine(made.stdout);
      };
      const browser = async (name: string) => {
        const h = await launch({ allowOrigins: [server.url], userDataDir: profileDir(name), developerMode: false });
        browsers.push(h);
        return h;
      };

      // A small team: a marketer flags, a rep has the panel open.
      const [marketer, rep] = await Promise.all([browser('marketer'), browser('rep')]);
      await joinTeam(marketer, server.url, await invite('Field', 'marketer', 'Maya Marketer')).then((page) => page.close());
      await joinTeam(rep, server.url, await invite('Field', 'rep', 'Ravi Rep')).then((page) => page.close());
      log(`${runs} flags from the marketer's popup to the rep's open panel`);
      const latencies = await saveToPanel(marketer, rep, profile, runs);
      figures[`marketer's save → rep's open panel showing it, p50 (ms, ${runs} runs)`] = round(percentile(latencies, 50));
      figures[`marketer's save → rep's open panel showing it, p95 (ms, ${runs} runs)`] = round(percentile(latencies, 95));
      log('pulls with nothing new');
      const empty = await emptyPulls(rep, runs);
      const pullMs = empty.pulls.map((pull) => pull.ms);
      figures['pull with nothing new: request body (bytes)'] = empty.pulls[0]!.requestBytes;
      figures['pull with nothing new: response body (bytes)'] = empty.pulls[0]!.responseBytes;
      figures['pull with nothing new: the background\'s fetch, median (ms)'] = round(percentile(pullMs, 50));
      figures['pull with nothing new: the background\'s fetch, p95 (ms)'] = round(percentile(pullMs, 95));
      figures['"Sync now" with nothing new: click → "Synced", median (ms)'] = round(percentile(empty.syncNow, 50));
      await Promise.all([marketer.close(), rep.close()]);

      // Today's way in: the same pack from a file, into an empty extension (preview, then commit).
      log('the pack from a file');
      const packBrowser = await browser('pack-file');
      const packStarted = Date.now();
      await (await packBrowser.importFile('bench-pack.json', pack)).close();
      const fromFile = Date.now() - packStarted;
      await packBrowser.close();

      // The big team's first sync into an empty extension (a marketer: drafts come too, as in the file).
      log('the first sync');
      const big = await browser('big');
      const synced = await firstSync(big, server.url, await invite('Big', 'marketer', 'Bea Big'), total.relationships, total.items);
      await big.close();
      const size = `${total.relationships.toLocaleString('en')} relationships + ${items.toLocaleString('en')} items`;
      figures[`first sync of ${size} into an empty extension: Join → Connected (ms)`] = synced.connected;
      figures[`first sync of ${size} into an empty extension: Join → all stored (ms)`] = synced.done;
      figures['first sync: pull requests'] = synced.pulls.length;
      figures['first sync: received (MB, bodies)'] = round(synced.pulls.reduce((sum, pull) => sum + pull.responseBytes, 0) / 1e6);
      figures['first sync: waiting for the server\'s answers (ms, the pulls\' fetches added up)'] = Math.round(synced.pulls.reduce((sum, pull) => sum + pull.ms, 0));
      figures[`import of the same pack from a file into an empty extension (ms, preview + commit)`] = fromFile;
      figures['first sync / file import (ratio)'] = (synced.done / fromFile).toFixed(2);

      // The panel on a full load (new tabs, bare DevTools pipe), connected, the server running.
      const loads = (name: string) => bareFullLoads({ userDataDir: profileDir(name), url: profile.url, html: profile.html, runs, panel: true });
      const onScreen = (list: Awaited<ReturnType<typeof loads>>, p: number) => round(percentile(list.map((load) => load.paintToFilled), p));
      for (const [name, what] of [['big', `${size} synced from the team`], ['pack-file', `the same pack from a file, no team`], ['rep', 'a small team synced']] as const) {
        log(`full loads: ${what}`);
        const list = await loads(name);
        figures[`full load, new tab: top card on screen → filled panel, ${what}, median (ms)`] = onScreen(list, 50);
        figures[`full load, new tab: top card on screen → filled panel, ${what}, p95 (ms)`] = onScreen(list, 95);
      }
    } finally {
      await Promise.all(browsers.map((h) => h.close().catch(() => undefined)));
      await server.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return figures;
}
