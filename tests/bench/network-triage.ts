/**
 * Bring your network at scale: a 5,000-row Connections.csv (as LinkedIn writes it) chosen on the
 * options page, filtered, walked by keyboard, all picked and flagged, in a fresh profile. Beside
 * each step's time, the longest main-thread task the page ran (what "stalling" would be).
 *
 * Part of `npm run bench`; alone (after `npm run build`):
 * `BENCH_SECTION=network npx vite-node tests/bench/network-triage.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../support/harness';
import { nameTheRep } from '../support/settings';
import { connectionsCsv } from '../support/connections-file';

const ROWS = 5_000;

/** The longest task since the last call (ms), from a long-task observer the page keeps. */
async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __longest?: number; __observing?: boolean };
    if (!w.__observing) {
      w.__observing = true;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    }
    const longest = w.__longest ?? 0;
    w.__longest = 0;
    return Math.round(longest);
  });
}

export async function networkTriageFigures(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const h = await launch({ developerMode: false });
  const dir = mkdtempSync(join(tmpdir(), 'warmline-bench-network-'));
  try {
    await nameTheRep(h, 'Bench Marketer');
    const file = join(dir, 'Connections.csv');
    writeFileSync(file, connectionsCsv(ROWS));
    const page = await h.extensionPage('options.html#packs');
    await longestTask(page);
    const step = async (name: string, act: () => Promise<unknown>) => {
      const start = performance.now();
      await act();
      figures[`network ${ROWS.toLocaleString('en')} rows: ${name} (ms)`] = Math.round(performance.now() - start);
      figures[`network ${ROWS.toLocaleString('en')} rows: ${name}, longest main-thread task (ms)`] = await longestTask(page);
    };
    const triage = page.getByTestId('wl-triage');
    await step('file chosen → list shown', async () => {
      await page.getByTestId('wl-import-file').setInputFiles(file);
      await triage.getByText(`${ROWS.toLocaleString()} connections.`).waitFor({ timeout: 120_000 });
      await triage.getByTestId('wl-triage-row').first().waitFor();
    });
    await step('filter by title → list shown', async () => {
      await page.getByTestId('wl-triage-filter').fill('recruiter');
      await page.getByTestId('wl-triage-pick-shown').getByText('Pick all 625 shown').waitFor();
    });
    await step('filter cleared, End by keyboard → last row focused', async () => {
      await page.getByTestId('wl-triage-filter').fill('');
      await page.getByTestId('wl-triage-pick').first().focus();
      await page.keyboard.press('End');
      await page.waitForFunction((last) => (document.activeElement as HTMLElement | null)?.dataset.index === String(last), ROWS - 1);
    });
    await step('pick all shown', async () => {
      await page.getByTestId('wl-triage-pick-shown').click();
      await page.getByTestId('wl-triage-picked').getByText(`${ROWS.toLocaleString()} picked`).waitFor();
    });
    await page.getByTestId('wl-triage-relation').selectOption('former-colleague');
    await page.getByTestId('wl-triage-strength').selectOption('3');
    await step('flag all picked → stored', async () => {
      await page.getByTestId('wl-triage-flag').click();
      await page.getByTestId('wl-triage-result').getByText(`Flagged ${ROWS.toLocaleString()}:`).waitFor({ timeout: 120_000 });
    });
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

// vite-node does not name the script in argv: the section is asked for by name.
if (process.env.BENCH_SECTION === 'network' && import.meta.url.endsWith('/network-triage.ts')) {
  networkTriageFigures().then(
    (figures) => console.log(Object.entries(figures).map(([name, value]) => `${name}: ${value}`).join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
