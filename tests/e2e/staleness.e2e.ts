/**
 * Fresh relationships (issue 13) in the built extension: a flag not confirmed for 12 months shows
 * as "may be stale" in the rep's panel and ranks below a fresh one; its creator confirms or drops
 * it from the popup's short list in one click each, and the open panel follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { allRecords } from '../support/extension-store';
import { fixture } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';
import { seriousViolations } from '../support/axe';
import { nameTheRep } from '../support/settings';
import { popupFor } from '../support/team-browser';

const JANE = fixture('profile-logged-in.html').url;
const HEADER =
  'scope,person_name,person_profile_url,company_name,company_linkedin_url,relation,strength,known_by_name,known_by_email,known_by_team,how_we_know,notes,can_intro,operationally_ready,years_in_industry,forward_looking,vendor_history,created_at,updated_at,confirmed_at';
// Sam's own flags: Jane, last updated in 2024 (version 1 rows carry no confirmed_at), Marcus confirmed in 2023; Pat's fresh company flag.
const FLAGS = [
  HEADER,
  'person,Jane Doe,https://www.linkedin.com/in/jane-doe-8a1b2c/,Acme Robotics,,former-colleague,5,Sam Seller,,,,,yes,,,,,2024-01-10T00:00:00Z,2024-05-01T00:00:00Z,',
  'person,Marcus Lee,https://www.linkedin.com/in/marcus-lee-cfo/,Northwind Traders,,customer,3,Sam Seller,,,,,yes,,,,,2023-01-10T00:00:00Z,2026-01-01T00:00:00Z,2023-02-01T00:00:00Z',
  `company,,,Acme Robotics,,partner,2,Pat Partner,,,,,yes,,,,,2026-01-10T00:00:00Z,${new Date(Date.now() - 7 * 86_400_000).toISOString()},`,
].join('\r\n');

type Flag = { id: string; person?: { name: string }; confirmedAt?: string };

describe('fresh relationships: "may be stale" and the confirm-or-drop list', () => {
  let h: Harness;
  let jane: Page;
  let panel: Frame;
  beforeAll(async () => {
    h = await launch();
    await nameTheRep(h, 'Sam Seller');
    await h.importFile('flags.csv', FLAGS);
  });
  afterAll(async () => {
    await h?.close();
  });

  const introHolders = async () => (await panel.getByTestId('wl-intro').locator('h3').allTextContents()).map((text) => text.trim());

  it('shows a flag not confirmed for a year as "may be stale", below a fresh one', async () => {
    jane = await h.open(JANE);
    panel = await h.panelFrame(jane);
    await panel.getByTestId('wl-intro').first().waitFor();
    expect(await introHolders()).toEqual(['Pat Partner', 'Sam Seller']);
    const sam = panel.getByTestId('wl-intro').filter({ hasText: 'Sam Seller' });
    expect(await sam.getByTestId('wl-intro-stale').textContent()).toBe('May be stale');
    expect(await panel.getByTestId('wl-intro').filter({ hasText: 'Pat Partner' }).getByTestId('wl-intro-stale').count()).toBe(0);
  });

  it('lists the creator\'s stale flags in the popup: "Still true" makes one fresh, "Drop" removes one, each in one click', async () => {
    const popup = await popupFor(h, jane);
    const list = popup.getByTestId('wl-stale-flag');
    await expect.poll(() => list.count()).toBe(2);
    expect(await list.first().textContent()).toContain('Marcus Lee');
    expect(await seriousViolations(popup)).toEqual([]);

    await list.filter({ hasText: 'Jane Doe' }).getByTestId('wl-stale-confirm').click();
    await expect.poll(() => list.count()).toBe(1);
    const stored = (await allRecords<Flag>(popup, 'relationships')).find((flag) => flag.person?.name === 'Jane Doe');
    expect(Date.now() - Date.parse(stored?.confirmedAt ?? '')).toBeLessThan(60_000);
    // The open panel follows: Sam's flag is fresh again and leads.
    await expect.poll(introHolders, { timeout: 10_000 }).toEqual(['Sam Seller', 'Pat Partner']);
    expect(await panel.getByTestId('wl-intro-stale').count()).toBe(0);

    await list.filter({ hasText: 'Marcus Lee' }).getByTestId('wl-stale-drop').click();
    await expect.poll(() => popup.getByTestId('wl-stale-flags').count()).toBe(0);
    expect((await allRecords<Flag>(popup, 'relationships')).map((flag) => flag.person?.name ?? 'company').sort()).toEqual(['Jane Doe', 'company']);
    await popup.getByTestId('wl-flag-undo').waitFor();
    await popup.close();
  });
});
