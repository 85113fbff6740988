/**
 * Bring your network: LinkedIn's Connections.csv (tests/fixtures/linkedin/, as LinkedIn's
 * 2024–2026 export writes it) chosen on the Packs tab, triaged by keyboard and filter, 200 rows
 * flagged at once with one relation and strength, a row already flagged merged, not doubled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../support/harness';
import { seriousViolations } from '../support/axe';
import { allRecords } from '../support/extension-store';
import { nameTheRep } from '../support/settings';
import { CONNECTIONS_NOTES } from '../support/connections-file';

const FIXTURE = readFileSync(new URL('../fixtures/linkedin/Connections.csv', import.meta.url), 'utf8');
const ME = 'Mara Marketer';
// A teammate's flag at Northwind Logistics (an account the team works) and my own flag for José.
const FLAGS_CSV = [
  'scope,person_name,person_profile_url,company_name,company_linkedin_url,relation,strength,known_by_name,known_by_email,known_by_team,how_we_know,notes,can_intro,operationally_ready,years_in_industry,forward_looking,vendor_history',
  'company,,,Northwind Logistics,,customer,3,Pat Partner,,,,,yes,,,,',
  `person,"José Núñez-Ortiz, MBA",https://www.linkedin.com/in/jose-nunez-ortiz/,"Acme Robotics, Inc.",,friend,2,${ME},,,,Met at the 2019 ports summit,yes,,,,`,
].join('\r\n');

type StoredFlag = { id: string; relation: string; strength: number; notes?: string; person?: { name: string; profileUrl?: string }; knownBy: { name: string } };

const FILES = mkdtempSync(join(tmpdir(), 'warmline-network-'));
afterAll(() => rmSync(FILES, { recursive: true, force: true }));

async function choose(page: Page, name: string, text: string): Promise<void> {
  const file = join(mkdtempSync(join(FILES, 'f-')), name);
  writeFileSync(file, text);
  await page.getByTestId('wl-import-file').setInputFiles(file);
}

const activeIndex = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.index);

describe('network: Connections.csv import and triage', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launch();
    await nameTheRep(h, ME);
    page = await h.importFile('flags.csv', FLAGS_CSV);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a Connections.csv without its URL column, naming the column and the line', async () => {
    await choose(page, 'Connections.csv', CONNECTIONS_NOTES + 'First Name,Last Name,Email Address,Company,Position,Connected On\nAna,Ruiz,,A,B,1 Jan 2020\n');
    const alert = page.getByTestId('wl-import-result').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('The header row (line 4) has no "URL" column');
    expect(await page.getByTestId('wl-triage').count()).toBe(0);
  });

  it('reads the export, marks team accounts and my flag, and stores nothing before flagging', async () => {
    await choose(page, 'Connections.csv', FIXTURE);
    await expect.poll(() => page.getByTestId('wl-import-network').textContent()).toContain('228 LinkedIn connections read');
    const triage = page.getByTestId('wl-triage');
    await expect.poll(() => triage.locator('p').first().textContent()).toContain('228 connections. 29 at accounts your team works, 1 you already flagged.');
    const jose = triage.locator('[data-testid="wl-triage-row"][data-slug="jose-nunez-ortiz"]');
    expect(await jose.textContent()).toContain('José Núñez-Ortiz, MBA');
    expect(await jose.getByTestId('wl-triage-flagged').count()).toBe(1);
    expect(await triage.locator('[data-testid="wl-triage-row"][data-slug="misaki-sato-jp"]').textContent()).toContain('美咲 佐藤');
    // Only the rows in view are drawn, not all 228.
    expect(await triage.getByTestId('wl-triage-row').count()).toBeLessThan(40);
    await page.getByTestId('wl-triage-team-only').check();
    expect(await page.getByTestId('wl-triage-pick-shown').textContent()).toBe('Pick all 29 shown');
    await page.getByTestId('wl-triage-team-only').uncheck();
    expect((await allRecords(page, 'relationships')).length).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('picks by keyboard: Space picks, arrows and End move, the focused row is drawn', async () => {
    const picks = page.getByTestId('wl-triage-pick');
    const picked = () => page.getByTestId('wl-triage-picked').textContent();
    await picks.first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await activeIndex(page)).toBe('1');
    await page.keyboard.press('Space');
    await expect.poll(picked).toBe('2 picked');
    await page.keyboard.press('End');
    await expect.poll(() => activeIndex(page)).toBe('227');
    await page.keyboard.press('Space');
    await expect.poll(picked).toBe('3 picked');
    await page.keyboard.press('Home');
    await expect.poll(() => activeIndex(page)).toBe('0');
    await page.keyboard.press('Space');
    await expect.poll(picked).toBe('2 picked');
  });

  it('flags 200 picked rows at once with one relation and strength; my flag for José is updated, not doubled', async () => {
    await page.getByTestId('wl-triage-pick-shown').click();
    await page.getByTestId('wl-triage-filter').fill('recruiter');
    expect(await page.getByTestId('wl-triage-pick-shown').textContent()).toBe('Pick all 28 shown');
    await page.getByTestId('wl-triage-unpick-shown').click();
    await page.getByTestId('wl-triage-filter').fill('');
    expect(await page.getByTestId('wl-triage-picked').textContent()).toBe('200 picked');

    await page.getByTestId('wl-triage-flag').click();
    expect(await page.getByTestId('wl-triage').getByRole('alert').textContent()).toBe('Choose how you know them.');
    await page.getByTestId('wl-triage-relation').selectOption('former-colleague');
    await page.getByTestId('wl-triage-strength').selectOption('4');
    await page.getByTestId('wl-triage-flag').click();
    await expect.poll(() => page.getByTestId('wl-triage-result').textContent()).toBe('Flagged 200: 199 new, 1 updated flag you had.');
    expect(await page.getByTestId('wl-triage-picked').textContent()).toBe('0 picked');

    const flags = await allRecords<StoredFlag>(page, 'relationships');
    expect(flags).toHaveLength(2 + 199);
    const jose = flags.filter((flag) => flag.person?.name === 'José Núñez-Ortiz, MBA');
    expect(jose).toHaveLength(1);
    expect(jose[0]).toMatchObject({ relation: 'former-colleague', strength: 4, notes: 'Met at the 2019 ports summit' });
    const layla = flags.find((flag) => flag.person?.name === 'Layla Haddad');
    expect(layla).toMatchObject({ relation: 'former-colleague', strength: 4, knownBy: { name: ME } });
    expect(layla?.person?.profileUrl).toBeUndefined();
    expect(flags.filter((flag) => flag.person?.name === 'Ana Abara')).toHaveLength(1);
    await expect.poll(() => page.getByTestId('wl-triage').locator('p').first().textContent()).toContain('200 you already flagged');
  });

  it('flagging the same rows again updates them: no second flag for anyone', async () => {
    await page.getByTestId('wl-triage-filter').fill('northwind');
    await page.getByTestId('wl-triage-pick-shown').click();
    await page.getByTestId('wl-triage-relation').selectOption('customer');
    await page.getByTestId('wl-triage-flag').click();
    await expect.poll(() => page.getByTestId('wl-triage-result').textContent()).toBe('Flagged 28: 0 new, 28 updated flags you had.');
    expect(await allRecords(page, 'relationships')).toHaveLength(2 + 199);
  });
});
