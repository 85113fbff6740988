/**
 * Sharing, activity, feedback and insights in the built extension: a share opens LinkedIn's
 * composer with the approved text and a tracked link, every action logs itself, feedback takes
 * two clicks, and the insights and the activity CSV show it all.
 */
import Papa from 'papaparse';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, DEMO_PACK } from '../support/fixtures';
import { clickSeen } from '../support/guarded-click';
import { clickIntoMessage } from '../support/message-overlay';
import { launch, type Harness } from '../support/harness';

const pack = JSON.parse(DEMO_PACK);
// A second post that marketing tagged copy-only: it must never offer Share.
pack.content.push({
  ...pack.content.find((item: { id: string }) => item.id === 'demo-post-report'),
  id: 'demo-post-internal',
  title: 'Internal: pricing memo',
  url: 'https://warmline.example/internal/pricing',
  tags: ['no-public-share'],
});

// A formula-like rep name proves the CSV neutralises cells; the UTM slug drops the "+".
const REP = '+Sam Seller';
const DISCLOSURE = 'I work at Warmline.';
const JANE = fixture('profile-logged-in.html').url;
const POST_TEXT =
  'Our 2026 report is out: teams that share one approved message library close 19% faster. Worth a read if you lead a sales or marketing team.';
const TRACKED =
  'https://warmline.example/reports/alignment-2026?utm_source=linkedin&utm_medium=social&utm_campaign=demo-post-report&utm_content=sam-seller';

/** Imports on the Packs tab (the options page may open on another tab first). */
async function importPack(h: Harness, text: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'warmline-share-'));
  const file = join(dir, 'demo.json');
  writeFileSync(file, text);
  const page = await h.extensionPage('options.html#packs');
  await page.getByTestId('wl-import-file').setInputFiles(file);
  await page.getByTestId('wl-import-confirm').click();
  await page.getByTestId('wl-import-result').getByText('imported.').waitFor();
  await page.close();
  rmSync(dir, { recursive: true, force: true });
}

describe('sharing, activity, feedback and insights', () => {
  let h: Harness;
  let page: Page;
  let panel: Frame;
  const card = (id: string) => panel.locator(`[data-testid="wl-suggestion"][data-content-id="${id}"]`);

  beforeAll(async () => {
    h = await launch();
    await importPack(h, JSON.stringify(pack));

    const options = await h.extensionPage('options.html#settings');
    await options.getByTestId('wl-settings-name').fill(REP);
    await options.getByRole('button', { name: /save/i }).first().click();
    await options.getByText('Settings saved.').waitFor();

    await options.goto(`chrome-extension://${h.extensionId}/options.html#insights`);
    await options.reload();
    await options.locator('tr[data-content-id="demo-post-report"] [data-testid="wl-guardrail-disclosure"]').fill(DISCLOSURE);
    await options.getByTestId('wl-guardrails-save').click();
    await options.getByText('Guardrails saved.', { exact: false }).waitFor();
    await options.close();

    page = await h.open(JANE);
    panel = await h.panelFrame(page);
    await card('demo-post-report').waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function insights(): Promise<Page> {
    const options = await h.extensionPage('options.html#insights');
    await options.getByTestId('wl-insights').waitFor();
    await options.getByTestId('wl-insight-awareness').waitFor();
    return options;
  }

  it('shows a copy-only item without Share, and the disclosure on the guarded post', async () => {
    await panel.getByTestId('wl-search').fill('pricing memo');
    const internal = panel.locator('[data-testid="wl-search-result"][data-content-id="demo-post-internal"]');
    await internal.waitFor();
    expect(await internal.getByTestId('wl-copy').count()).toBe(1);
    expect(await internal.getByTestId('wl-insert').count()).toBe(1);
    expect(await internal.getByTestId('wl-share').count()).toBe(0);
    await panel.getByTestId('wl-search').fill('');
    await expect.poll(() => card('demo-post-report').getByTestId('wl-disclosure').textContent()).toContain(DISCLOSURE);
  });

  it('opens LinkedIn’s composer with the approved text, the disclosure and a tracked link, in one click', async () => {
    const [composer] = await Promise.all([h.context.waitForEvent('page'), clickSeen(card('demo-post-report').getByTestId('wl-share'))]);
    await composer.waitForURL(/^https:\/\/www\.linkedin\.com\/feed\//);
    const url = new URL(composer.url());
    expect(url.searchParams.get('shareActive')).toBe('true');
    expect(url.searchParams.get('text')).toBe(`${POST_TEXT}\n\n${DISCLOSURE}\n\n${TRACKED}`);
    await composer.close();
    // The confirmation shows beside the button pressed.
    await expect.poll(() => card('demo-post-report').getByTestId('wl-action-status').textContent()).toContain('Press Post there');
  });

  it('records each action by itself: share, copy, insert, and an intro request once its note is sent', async () => {
    let options = await insights();
    expect(await options.getByTestId('wl-insight-awareness').getAttribute('data-shares')).toBe('1');
    expect(await options.getByTestId('wl-insight-revenue').getAttribute('data-intros')).toBe('0');
    await options.close();

    const opener = card('demo-msg-marketing-leaders');
    const status = opener.getByTestId('wl-action-status');
    await clickSeen(opener.getByTestId('wl-copy'));
    await expect.poll(() => status.textContent()).toContain('Copied');
    await clickIntoMessage(page);
    await clickSeen(opener.getByTestId('wl-insert'));
    await expect.poll(() => status.textContent()).toContain('Inserted into the message box');
    await panel.getByTestId('wl-search').fill('budget');
    const budget = panel.locator('[data-testid="wl-search-result"][data-content-id="demo-objection-budget"]');
    await clickSeen(budget.getByTestId('wl-copy'));
    await expect.poll(() => budget.getByTestId('wl-action-status').textContent()).toContain('Copied');
    await panel.getByTestId('wl-search').fill('');

    // Opening the note is not asking: nothing is counted until the note leaves the panel.
    const intro = panel.getByTestId('wl-intro').first();
    await intro.getByTestId('wl-ask-intro').click();
    await intro.getByTestId('wl-intro-note').waitFor();
    options = await insights();
    expect(await options.getByTestId('wl-insight-revenue').getAttribute('data-intros')).toBe('0');
    await options.close();
    await clickSeen(intro.getByTestId('wl-intro-copy'));
    await expect.poll(() => intro.getByTestId('wl-action-status').textContent()).toContain('Note copied: send it to Priya Shah.');

    options = await insights();
    const revenue = options.getByTestId('wl-insight-revenue');
    await expect.poll(() => revenue.getAttribute('data-intros')).toBe('1');
    expect(await revenue.getAttribute('data-prospects')).toBe('1');
    expect(await options.getByTestId('wl-insight-awareness').getAttribute('data-shares')).toBe('1');
    const row = options.locator('[data-testid="wl-item-table"] tr[data-content-id="demo-msg-marketing-leaders"] td');
    expect(await row.allTextContents()).toEqual(['0', '1', '1', '0', '0', '0']);
    const intros = (await options.getByTestId('wl-intros').textContent()) ?? '';
    expect(intros).toContain(REP);
    expect(intros).toContain('Priya Shah');
    // Used items leave the "never used" list; an untouched one stays.
    const neverUsed = options.getByTestId('wl-never-used');
    expect(await neverUsed.locator('[data-content-id="demo-msg-marketing-leaders"]').count()).toBe(0);
    expect(await neverUsed.locator('[data-content-id="demo-faq-security"]').count()).toBe(1);
    await options.close();
  });

  it('asks "Did it land?" on the next visit, not right after Copy, and logs a verdict or an objection', async () => {
    // Right after Copy nothing was sent yet: no question on this visit.
    expect(await panel.getByTestId('wl-verdicts').count()).toBe(0);
    expect(await panel.getByTestId('wl-feedback-worked').count()).toBe(0);
    await page.reload();
    panel = await h.panelFrame(page);
    const verdict = (id: string) => panel.locator(`[data-testid="wl-verdict"][data-content-id="${id}"]`);
    await verdict('demo-msg-marketing-leaders').waitFor();
    // A public share is not about this prospect: it is not asked.
    expect(await verdict('demo-post-report').count()).toBe(0);

    await clickSeen(verdict('demo-msg-marketing-leaders').getByTestId('wl-feedback-worked'));
    await expect.poll(() => verdict('demo-msg-marketing-leaders').getByTestId('wl-feedback-status').textContent()).toContain('worked');

    const budget = verdict('demo-objection-budget');
    await budget.getByTestId('wl-feedback-objection').click();
    await budget.getByTestId('wl-objection-text').fill('Budget frozen until Q2');
    await budget.getByTestId('wl-objection-tag').selectOption('timing');
    await clickSeen(budget.getByTestId('wl-objection-save'));
    await expect.poll(() => budget.getByTestId('wl-feedback-status').textContent()).toContain('Objection logged');

    const options = await insights();
    const trust = options.getByTestId('wl-insight-trust');
    await expect.poll(() => trust.getAttribute('data-worked')).toBe('1');
    expect(await trust.getAttribute('data-didnt')).toBe('0');
    // The percentage says what it rests on.
    expect(await trust.textContent()).toContain('100%');
    expect(await trust.textContent()).toContain('from 1 answer');
    expect(await trust.textContent()).toContain('Too few answers');
    const timing = options.locator('[data-testid="wl-objections"] details[data-tag="timing"]');
    expect(await timing.locator('summary').textContent()).toBe('Timing: 1');
    expect(await timing.textContent()).toContain('Budget frozen until Q2');
    expect(await options.getByTestId('wl-chart-weekly').count()).toBe(1);
    expect(await options.getByTestId('wl-chart-trust').getAttribute('aria-label')).toBe("1 worked, 0 didn't land.");
    await options.close();
  });

  it('exports the activities as a CSV for HubSpot and Salesforce, cell by cell', async () => {
    const options = await insights();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('wl-export-activities').click()]);
    expect(download.suggestedFilename()).toMatch(/^warmline-activities-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    await options.close();
    const [header, ...rows] = Papa.parse<string[]>(csv.trimEnd()).data;
    expect(header).toEqual([
      'Subject',
      'Activity Date',
      'Task Type',
      'Status',
      'Description',
      'Related Contact',
      'LinkedIn URL',
      'Content ID',
      'Content Title',
      'Rep',
      'Warmline Action',
      'Warmline Activity ID',
    ]);
    const opener = 'Opener for marketing leaders';
    const post = 'Share: 2026 State of Sales and Marketing Alignment';
    const budget = '"We have no budget this year"';
    const expected: [string, string, string, string][] = [
      ['share', `LinkedIn: shared "${post}"`, 'demo-post-report', post],
      ['copy', `LinkedIn: copied "${opener}"`, 'demo-msg-marketing-leaders', opener],
      ['insert', `LinkedIn message: "${opener}"`, 'demo-msg-marketing-leaders', opener],
      ['copy', `LinkedIn: copied "${budget}"`, 'demo-objection-budget', budget],
      ['intro-request', 'Intro requested from Priya Shah', '', ''],
      ['feedback', `Feedback on "${opener}": worked`, 'demo-msg-marketing-leaders', opener],
      ['feedback', `Feedback on "${budget}": objection heard`, 'demo-objection-budget', budget],
    ];
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, index) => {
      const [action, subject, contentId, title] = expected[index]!;
      const loggedAt = /Logged by Warmline at (\S+)\.$/.exec(row[4]!)?.[1];
      expect(loggedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(row[0]).toBe(subject);
      expect(row[1]).toBe(loggedAt!.slice(0, 10));
      expect(row[2]).toBe('To-do');
      expect(row[3]).toBe('Completed');
      expect(row[5]).toBe('Jane Doe');
      expect(row[6]).toBe('https://www.linkedin.com/in/jane-doe-8a1b2c/');
      expect(row[7]).toBe(contentId);
      expect(row[8]).toBe(title);
      expect(row[9]).toBe(`'${REP}`);
      expect(row[10]).toBe(action);
      expect(row[11]).toMatch(/^[0-9a-f-]{36}$/);
    });
    expect(rows[4]![4]).toContain('Asked Priya Shah for a warm introduction to Jane Doe.');
    expect(rows[6]![4]).toContain('Objection (timing): Budget frozen until Q2');
  });
});
