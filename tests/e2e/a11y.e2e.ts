/**
 * axe-core finds no serious or critical accessibility violation on the panel (beside a profile,
 * with the demo pack loaded), the side panel, the popup, and every tab of the options page
 * (tests/support/axe.ts). What a team adds is checked in tests/e2e/team-sync.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, DEMO_PACK } from '../support/fixtures';
import { clickSeen } from '../support/guarded-click';
import { launch, type Harness } from '../support/harness';
import { seriousViolations } from '../support/axe';
import { openSidePanel } from '../support/side-panel';

describe('accessibility (axe)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await (await h.importFile('demo.json', DEMO_PACK)).close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the panel beside a profile, with intros and suggestions', async () => {
    const page = await h.open(fixture('profile-logged-in.html').url);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').first().waitFor();
    await panel.getByTestId('wl-suggestion').first().waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
  });

  it('the panel beside a profile with no warm intro', async () => {
    const page = await h.open(fixture('profile-no-company.html').url);
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).not.toBe('');
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
  });

  it('the panel on a profile address that shows nobody', async () => {
    const page = await h.open(fixture('layouts/profile-not-found-2024.html').url);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-no-prospect').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
  });

  it('the popup', async () => {
    const popup = await h.extensionPage('popup.html');
    await popup.locator('body *').first().waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the panel with values to fill, an open intro note and "Did it land?"', async () => {
    const page = await h.open(fixture('profile-logged-in.html').url);
    let panel = await h.panelFrame(page);
    const opener = panel.locator('[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]');
    // No name in the settings yet: the sender is a value to fill.
    await opener.getByTestId('wl-gaps').waitFor();
    await clickSeen(opener.getByTestId('wl-insert'));
    await opener.getByTestId('wl-action-status').getByText('Fill in your first name first').waitFor();
    await panel.getByTestId('wl-ask-intro').click();
    await panel.getByTestId('wl-intro-note').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);

    await opener.locator('[data-testid="wl-gap"][data-token="senderFirstName"]').fill('Robin');
    await clickSeen(opener.getByTestId('wl-copy'));
    await opener.getByTestId('wl-action-status').getByText('Copied').waitFor();
    await page.reload();
    panel = await h.panelFrame(page);
    await panel.getByTestId('wl-verdict').first().getByTestId('wl-feedback-objection').click();
    await panel.getByTestId('wl-objection-text').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await page.close();
  });

  it('the popup’s flag form: chips, stars, a teammate who knows them, the footer', async () => {
    const page = await h.open(fixture('profile-logged-in.html').url);
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(page)}`);
    await popup.getByTestId('wl-you-name').fill('Mia Marketer');
    await popup.getByTestId('wl-you-save').click();
    await popup.getByTestId('wl-also-known').waitFor();
    await popup.getByTestId('wl-flag-save').click();
    await popup.getByText('Not saved: check the fields marked in red.').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('the side panel: a prospect, then its flag form, then a LinkedIn page with no prospect', async () => {
    const page = await h.open(fixture('profile-logged-in.html').url);
    const side = await openSidePanel(h, page);
    await side.getByTestId('wl-intro').first().waitFor();
    await side.getByTestId('wl-suggestion').first().waitFor();
    expect(await seriousViolations(side)).toEqual([]);
    await side.getByTestId('wl-pane-flag').click();
    await side.getByRole('tabpanel').locator('form').first().waitFor();
    expect(await seriousViolations(side)).toEqual([]);
    await side.getByTestId('wl-pane-prospect').click();
    await page.goto(fixture('feed.html').url);
    await side.getByTestId('wl-side-hint').waitFor();
    expect(await seriousViolations(side)).toEqual([]);
    await Promise.all([side.close(), page.close()]);
  });

  it('every tab of the options page', async () => {
    const options = await h.extensionPage('options.html');
    // The tabs as the page lists them, so a tab added later is checked too.
    const tabs = await options.locator('nav a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(tabs).toEqual(expect.arrayContaining(['#packs', '#settings']));
    const found: string[] = [];
    for (const tab of tabs) {
      await options.locator(`nav a[href="${tab}"]`).click();
      await expect.poll(() => options.locator(`nav a[href="${tab}"]`).getAttribute('aria-current')).toBe('page');
      await options.locator('main > *').first().waitFor();
      found.push(...(await seriousViolations(options)).map((v) => `${tab}: ${v}`));
    }
    expect(found).toEqual([]);
    await options.close();
  });

  it('the check itself finds a serious violation when there is one', async () => {
    const options = await h.extensionPage('options.html');
    await options.locator('main > *').first().waitFor();
    await options.evaluate(() => document.querySelector('main')!.append(document.createElement('button')));
    expect((await seriousViolations(options)).join('\n')).toContain('button-name (critical)');
    await options.close();
  });
});
