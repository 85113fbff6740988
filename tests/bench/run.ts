/**
 * `npm run bench`: Warmline's speed in real Chromium, written to bench-report.md and .json, and
 * Warmline Team's (./team.ts) to bench-report.team.md and .json. `npm run bench -- panel` runs
 * the first part only, `npm run bench -- team` the second. Figures, not pass/fail: budgets are
 * printed beside them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, launch, navigateInApp } from '../support/harness';
import { bareFullLoads, type BareLoad } from './bare-cdp';
import { sidePanelRuns } from './side-panel';
import { networkTriageFigures } from './network-triage';
import { fixture } from '../support/fixtures';
import { benchCsv, benchPack } from './data';
import { teamBench } from './team';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const RELATIONSHIPS = 100_000;
const CONTENT = 5_000;
const ROOT = resolve(import.meta.dirname, '..', '..');

type Figures = Record<string, number | string>;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const round = (value: number) => Math.round(value * 10) / 10;

/** Load event end, in ms since navigation start. */
async function loadTime(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd;
  });
}

async function panelBench() {
  const figures: Figures = {};
  const target = fixture('profile-logged-in.html');

  const contentScript = readFileSync(join(EXTENSION_DIR, 'linkedin.js'));
  figures['content script (bytes, gzipped)'] = gzipSync(contentScript).length;
  figures['content script (bytes)'] = contentScript.length;

  // Baseline: the same page, same routing, no extension.
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const plainPage = await plain.newPage();
  await plainPage.route(/linkedin\.com/, (route) => route.fulfill({ contentType: 'text/html', body: target.html }));
  const baseline: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await plainPage.goto(target.url);
    baseline.push(await loadTime(plainPage));
  }
  await plain.close();

  // A marketer's spreadsheet of 100,000 relationships, in a fresh browser: preview, then save.
  {
    const fresh = await launch({ developerMode: false });
    const dir = mkdtempSync(join(tmpdir(), 'warmline-bench-'));
    const file = join(dir, 'relationships.csv');
    writeFileSync(file, benchCsv(RELATIONSHIPS));
    const options = await fresh.extensionPage('options.html#packs');
    const start = Date.now();
    await options.getByTestId('wl-import-file').setInputFiles(file);
    await options.getByTestId('wl-import-confirm').waitFor({ timeout: 300_000 });
    const previewed = Date.now();
    await options.getByTestId('wl-import-confirm').click();
    await options.getByTestId('wl-import-result').getByText('imported.').waitFor({ timeout: 300_000 });
    figures[`import ${RELATIONSHIPS} relationships from CSV: preview (ms)`] = previewed - start;
    figures[`import ${RELATIONSHIPS} relationships from CSV: save after confirm (ms)`] = Date.now() - previewed;
    await fresh.close();
    rmSync(dir, { recursive: true, force: true });
  }

  // Bring your network: 5,000 LinkedIn connections imported and triaged (./network-triage.ts).
  Object.assign(figures, await networkTriageFigures());

  // The profile is kept: the bare-protocol runs below reuse its data.
  const profile = mkdtempSync(join(tmpdir(), 'warmline-bench-profile-'));
  const h = await launch({ userDataDir: profile, developerMode: false });
  const pack = benchPack(RELATIONSHIPS, CONTENT);
  const importStart = Date.now();
  const options = await h.importFile('bench-pack.json', pack);
  figures[`import ${RELATIONSHIPS} relationships + ${CONTENT} items as a pack (ms, preview + commit)`] = Date.now() - importStart;
  await options.close();

  const toFilled: number[] = [];
  const cardToFilled: number[] = [];
  const withExtension: number[] = [];
  const bootToFilled: number[] = [];
  const frameBoot: number[] = [];
  const page = await h.context.newPage();
  for (let i = 0; i < RUNS; i++) {
    const start = Date.now();
    await page.goto(target.url);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').first().waitFor();
    const filledAt = await panel.evaluate(() => {
      const mark = performance.getEntriesByName('warmline:panel-filled').at(-1);
      return mark ? performance.timeOrigin + mark.startTime : NaN;
    });
    const [boot, filled] = await panel.evaluate(() => {
      const start = performance.getEntriesByName('warmline:panel-start')[0]?.startTime ?? NaN;
      const filled = performance.getEntriesByName('warmline:panel-filled')[0]?.startTime ?? NaN;
      // The frame's clock starts when the browser starts loading it: start is the browser's share.
      return [start, filled - start];
    });
    frameBoot.push(boot);
    bootToFilled.push(filled);
    const cardAt = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance.timeOrigin + nav.domContentLoadedEventEnd;
    });
    toFilled.push(filledAt - start);
    cardToFilled.push(filledAt - cardAt);
    withExtension.push(await loadTime(page));
  }

  // In-app navigation (how reps mostly move on LinkedIn): the frame is already there.
  const inApp: number[] = [];
  const other = fixture('profile-public.html');
  for (let i = 0; i < RUNS; i++) {
    await page.goto(target.url);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').first().waitFor();
    const marksBefore = await panel.evaluate(() => performance.getEntriesByName('warmline:panel-filled').length);
    const cardAt = await navigateInApp(page, other);
    await panel.waitForFunction(
      (before) => performance.getEntriesByName('warmline:panel-filled').length > before &&
        document.querySelector('[data-testid="wl-profile-name"]')?.textContent === 'Marcus Lee',
      marksBefore,
    );
    const filledAt = await panel.evaluate(() => {
      const mark = performance.getEntriesByName('warmline:panel-filled').at(-1)!;
      return performance.timeOrigin + mark.startTime;
    });
    inApp.push(filledAt - cardAt);
  }
  await h.close();

  // The same full loads with no test driver inside the panel frame (see bare-cdp.ts), in a new
  // tab each time (a profile opened from search) and in one tab loaded again (a reload).
  const bareRuns = { userDataDir: profile, url: target.url, html: target.html, runs: RUNS, panel: true };
  // Baseline: the same page and browser, on a host Warmline does not run on.
  const elsewhere = target.url.replace('www.linkedin.com', 'www.warmline-baseline.example');
  const bareBaseline = await bareFullLoads({ ...bareRuns, url: elsewhere, panel: false });
  const newTab = await bareFullLoads(bareRuns);
  const sameTab = await bareFullLoads({ ...bareRuns, newTabs: false });
  // Zero-footprint mode: the same data, the side panel open beside the rep's window (./side-panel.ts).
  const side = await sidePanelRuns({ userDataDir: profile, profile: target, other: fixture('profile-public.html'), runs: RUNS });
  rmSync(profile, { recursive: true, force: true });
  const cardToPanel = (loads: BareLoad[]) => loads.map((load) => load.cardToFilled);
  const paintToPanel = (loads: BareLoad[]) => loads.map((load) => load.paintToFilled);
  figures['full load, new tab: top card on screen → filled panel, median (ms)'] = round(percentile(paintToPanel(newTab), 50));
  figures['full load, new tab: top card on screen → filled panel, p95 (ms)'] = round(percentile(paintToPanel(newTab), 95));
  figures['full load, same tab: top card on screen → filled panel, median (ms)'] = round(percentile(paintToPanel(sameTab), 50));
  figures['full load, same tab: top card on screen → filled panel, p95 (ms)'] = round(percentile(paintToPanel(sameTab), 95));
  const pageLoads = (loads: BareLoad[]) => loads.map((load) => load.pageLoad);
  figures['full load, new tab: top card in DOM → filled panel, median (ms)'] = round(percentile(cardToPanel(newTab), 50));
  figures['full load, new tab: top card in DOM → filled panel, p95 (ms)'] = round(percentile(cardToPanel(newTab), 95));
  figures['full load, new tab: navigation → filled panel, median (ms)'] = round(percentile(newTab.map((load) => load.navigationToFilled), 50));
  figures['full load, same tab: top card in DOM → filled panel, median (ms)'] = round(percentile(cardToPanel(sameTab), 50));
  figures['full load, same tab: top card in DOM → filled panel, p95 (ms)'] = round(percentile(cardToPanel(sameTab), 95));
  figures['full load, new tab: page load without Warmline (same page on another host), median (ms)'] = round(percentile(pageLoads(bareBaseline), 50));
  figures['full load, new tab: page load with Warmline, median (ms)'] = round(percentile(pageLoads(newTab), 50));
  figures['full load, new tab: load time ratio (with / without)'] = (percentile(pageLoads(newTab), 50) / percentile(pageLoads(bareBaseline), 50)).toFixed(2);

  const sideLoads = side.newTab;
  figures['side panel, full load, new tab: top card on screen → filled side panel, median (ms)'] = round(percentile(sideLoads.map((load) => load.paintToFilled), 50));
  figures['side panel, full load, new tab: top card on screen → filled side panel, p95 (ms)'] = round(percentile(sideLoads.map((load) => load.paintToFilled), 95));
  figures['side panel, full load, new tab: top card in DOM → filled side panel, median (ms)'] = round(percentile(sideLoads.map((load) => load.cardToFilled), 50));
  figures['side panel, full load, new tab: top card in DOM → filled side panel, p95 (ms)'] = round(percentile(sideLoads.map((load) => load.cardToFilled), 95));
  figures['side panel, in-app navigation: top card in DOM → filled side panel, median (ms)'] = round(percentile(side.inApp, 50));
  figures['side panel, in-app navigation: top card in DOM → filled side panel, p95 (ms)'] = round(percentile(side.inApp, 95));
  figures['full load, new tab: page load with Warmline in the side panel, median (ms)'] = round(percentile(sideLoads.map((load) => load.pageLoad), 50));
  figures['full load, new tab: load time ratio, side panel (with / without)'] = (percentile(sideLoads.map((load) => load.pageLoad), 50) / percentile(pageLoads(bareBaseline), 50)).toFixed(2);

  figures['in-app navigation: top card in DOM → filled panel, median (ms)'] = round(percentile(inApp, 50));
  figures['in-app navigation: top card in DOM → filled panel, p95 (ms)'] = round(percentile(inApp, 95));

  figures['with Playwright in the frame: navigation → filled panel, median (ms)'] = round(percentile(toFilled, 50));
  figures['with Playwright in the frame: navigation → filled panel, p95 (ms)'] = round(percentile(toFilled, 95));
  figures['with Playwright in the frame: top card in DOM → filled panel, median (ms)'] = round(percentile(cardToFilled, 50));
  figures['with Playwright in the frame: top card in DOM → filled panel, p95 (ms)'] = round(percentile(cardToFilled, 95));
  figures['with Playwright in the frame: frame boot (frame navigation → panel script start), median (ms)'] = round(percentile(frameBoot, 50));
  figures['panel script start → filled (frame boot excluded), median (ms)'] = round(percentile(bootToFilled, 50));
  figures['with Playwright: page load without extension, median (ms)'] = round(percentile(baseline, 50));
  figures['with Playwright: page load with extension, median (ms)'] = round(percentile(withExtension, 50));
  figures['with Playwright: load time ratio (with / without)'] = (percentile(withExtension, 50) / percentile(baseline, 50)).toFixed(2);

  const budgets: Record<string, string> = {
    'content script (bytes, gzipped)': '< 15,000',
    'full load, new tab: top card on screen → filled panel, median (ms)': '< 150',
    'full load, new tab: top card on screen → filled panel, p95 (ms)': '< 150',
    'full load, same tab: top card on screen → filled panel, median (ms)': '< 150',
    'full load, same tab: top card on screen → filled panel, p95 (ms)': '< 150',
    'in-app navigation: top card in DOM → filled panel, median (ms)': '< 150',
    'in-app navigation: top card in DOM → filled panel, p95 (ms)': '< 150',
    'side panel, full load, new tab: top card on screen → filled side panel, p95 (ms)': '≤ 50',
    'side panel, in-app navigation: top card in DOM → filled side panel, p95 (ms)': '≤ 50',
  };
  const lines = [
    `# Warmline bench`,
    ``,
    `${new Date().toISOString()}, ${RUNS} runs, ${RELATIONSHIPS.toLocaleString('en')} relationships and ${CONTENT.toLocaleString('en')} content items stored, Chromium headless.`,
    ``,
    `| figure | value | budget |`,
    `| --- | --- | --- |`,
    ...Object.entries(figures).map(([name, value]) => `| ${name} | ${value} | ${budgets[name] ?? ''} |`),
    ``,
    `"Full load" figures drive Chromium over the bare DevTools pipe and look into the panel frame only after it filled;`,
    `"new tab" opens each load in a fresh tab (a profile opened from search), "same tab" loads one tab again.`,
    `"With Playwright" figures are the same loads driven by Playwright, which attaches to every new frame and`,
    `evaluates its own scripts there before the frame may run: a cost no user has, shown for comparison.`,
    `"Top card on screen" is the page's first contentful paint (the fixture's first paint is its top card);`,
    `"top card in DOM" is DOMContentLoaded on a full load (the card is in the served HTML; the first paint comes`,
    `30-70 ms later in a new tab) and the moment the card is swapped in on in-app navigation (painted in the`,
    `next frame). The panel frame starts after the page's load event.`,
    `"Side panel" figures: zero-footprint mode, with the side panel already open. Headless Chromium cannot show the`,
    `real side panel, so its page runs as a tab in a window of its own (sidepanel.html?windowId=W), following the`,
    `rep's window's active tab as the real one does; each run opens a profile it has not shown before (a new address),`,
    `so nothing comes from its memory. A negative figure: the side panel filled before the page's first paint.`,
  ];
  writeFileSync(join(ROOT, 'bench-report.md'), lines.join('\n') + '\n');
  writeFileSync(join(ROOT, 'bench-report.json'), JSON.stringify(figures, null, 2) + '\n');
  console.log(lines.join('\n'));
}

/** Warmline Team's figures (./team.ts), in their own report. */
async function teamReport() {
  const figures = await teamBench({ runs: RUNS, relationships: RELATIONSHIPS, items: CONTENT, profile: fixture('profile-logged-in.html'), percentile });
  const budgets: Record<string, string> = {
    [`marketer's save → rep's open panel showing it, p50 (ms, ${RUNS} runs)`]: '< 2,000',
    [`marketer's save → rep's open panel showing it, p95 (ms, ${RUNS} runs)`]: '< 2,000',
    'first sync / file import (ratio)': '< 1',
  };
  const lines = [
    `# Warmline Team bench`,
    ``,
    `${new Date().toISOString()}, ${RUNS} runs, Chromium headless, the team server as a process on loopback (PGlite).`,
    ``,
    `| figure | value | budget |`,
    `| --- | --- | --- |`,
    ...Object.entries(figures).map(([name, value]) => `| ${name} | ${value} | ${budgets[name] ?? ''} |`),
    ``,
    `The server is seeded with \`server:import\` (the big team: one marketer owns every relationship, shared with the team);`,
    `people are invited with \`server:invite\` and join on the Team tab. "Save → panel": a marketer and a rep of a small team,`,
    `the rep's panel open on a profile no one has flagged; from the click on Save (the popup's clock) to the intro in the rep's`,
    `panel (a mutation observer there); both clocks are the machine's. "Pull with nothing new": the pull the rep's background`,
    `sends on "Sync now", watched in its fetch (bodies only, no HTTP headers). "First sync": a marketer of the big team joins in an`,
    `empty profile; until every relationship and item is in its IndexedDB (polled every 200 ms), beside the same pack imported`,
    `from a file in another empty profile. The panel's full loads: as in bench-report.md (bare DevTools pipe, a new tab each),`,
    `in the big team's profile, in the profile that imported the pack from a file (no team), and in the small team's rep's`,
    `(a few flags); the first two hold the same data, the team profiles are connected to the running server; all three have an`,
    `intro on the profile. The machine's load average: ${loadavg().map((n) => n.toFixed(1)).join(' ')} at the end.`,
  ];
  writeFileSync(join(ROOT, 'bench-report.team.md'), lines.join('\n') + '\n');
  writeFileSync(join(ROOT, 'bench-report.team.json'), JSON.stringify(figures, null, 2) + '\n');
  console.log(lines.join('\n'));
}

async function main() {
  const parts = process.argv.slice(2);
  const wants = (part: string) => parts.length === 0 || parts.includes(part);
  if (parts.some((part) => part !== 'panel' && part !== 'team')) throw new Error(`npm run bench -- [panel] [team]: unknown ${parts.join(' ')}`);
  if (wants('panel')) await panelBench();
  if (wants('team')) await teamReport();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
