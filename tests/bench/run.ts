/**
 * `npm run bench`: Warmline's speed in real Chromium, written to bench-report.md and .json.
 * Figures, not pass/fail: budgets are printed beside them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, launch } from '../e2e/harness';
import { fixture } from '../e2e/fixtures';
import { benchCsv, benchPack } from './data';

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

async function main() {
  const figures: Figures = {};
  const target = fixture('profile-logged-in.html');

  const contentScript = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'linkedin.js'));
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
    const fresh = await launch();
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

  const h = await launch();
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
    const cardAt = await page.evaluate(
      ({ html, url }) => {
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        document.title = parsed.title;
        history.pushState({}, '', url);
        document.querySelector('main')?.replaceWith(parsed.querySelector('main')!);
        return performance.timeOrigin + performance.now();
      },
      { html: other.html, url: other.url },
    );
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
  figures['in-app navigation: top card in DOM → filled panel, median (ms)'] = round(percentile(inApp, 50));
  figures['in-app navigation: top card in DOM → filled panel, p95 (ms)'] = round(percentile(inApp, 95));

  figures['navigation → filled panel, median (ms)'] = round(percentile(toFilled, 50));
  figures['navigation → filled panel, p95 (ms)'] = round(percentile(toFilled, 95));
  figures['top card in DOM → filled panel, median (ms)'] = round(percentile(cardToFilled, 50));
  figures['top card in DOM → filled panel, p95 (ms)'] = round(percentile(cardToFilled, 95));
  figures['panel frame boot: frame navigation → panel script start, median (ms)'] = round(percentile(frameBoot, 50));
  figures['panel script start → filled (frame boot excluded), median (ms)'] = round(percentile(bootToFilled, 50));
  figures['page load without extension, median (ms)'] = round(percentile(baseline, 50));
  figures['page load with extension, median (ms)'] = round(percentile(withExtension, 50));
  figures['load time ratio (with / without)'] = (percentile(withExtension, 50) / percentile(baseline, 50)).toFixed(2);

  const budgets: Record<string, string> = {
    'content script (bytes, gzipped)': '< 15,000',
    'top card in DOM → filled panel, median (ms)': '< 150',
    'top card in DOM → filled panel, p95 (ms)': '< 150',
    'in-app navigation: top card in DOM → filled panel, median (ms)': '< 150',
    'in-app navigation: top card in DOM → filled panel, p95 (ms)': '< 150',
  };
  const lines = [
    `# Warmline bench`,
    ``,
    `${new Date().toISOString()}, ${RUNS} runs, ${RELATIONSHIPS.toLocaleString('en')} relationships and ${CONTENT.toLocaleString('en')} content items stored, Chromium headless.`,
    ``,
    `| figure | value | budget |`,
    `| --- | --- | --- |`,
    ...Object.entries(figures).map(([name, value]) => `| ${name} | ${value} | ${budgets[name] ?? ''} |`),
  ];
  writeFileSync(join(ROOT, 'bench-report.md'), lines.join('\n') + '\n');
  writeFileSync(join(ROOT, 'bench-report.json'), JSON.stringify(figures, null, 2) + '\n');
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
