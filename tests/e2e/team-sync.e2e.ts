/**
 * Warmline Team end to end (issue 12): the real server process on loopback
 * (tests/support/team-server.ts) and three browser profiles with the built extension: a marketer
 * and a rep of Field Sales, and a rep of another team. Each joins on the Team tab as a person
 * does; the tests then follow the loop the product exists for, in order: a flag reaches the rep's
 * open panel, a library item comes and goes, feedback reaches marketing, and a rep loses access.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRecords } from '../support/extension-store';
import { fixture } from '../support/fixtures';
import { clickSeen } from '../support/guarded-click';
import type { Harness } from '../support/harness';
import { contentScriptWorld } from '../support/content-world';
import { seriousViolations } from '../support/axe';
import { flagInPopup, joinTeam, popupFor, storedIds, storedToken, syncNow, teamBrowser } from '../support/team-browser';
import { startTeamServerProcess, type TeamServerProcess } from '../support/team-server';

const JANE = fixture('profile-logged-in.html').url;
const MARCUS = fixture('profile-public.html').url;

describe('a team: a marketer, a rep, and a rep of another team', () => {
  let server: TeamServerProcess;
  let marketer: Harness;
  let rep: Harness;
  let outsider: Harness;
  let marketerOptions: Page;
  let repOptions: Page;
  let outsiderOptions: Page;
  let repJane: Page;
  let repPanel: Frame;

  beforeAll(async () => {
    server = await startTeamServerProcess();
    [marketer, rep, outsider] = await Promise.all([teamBrowser(server.url), teamBrowser(server.url), teamBrowser(server.url)]);
    const [priya, ravi, olga] = await Promise.all([
      server.invite('Field Sales', 'marketer', 'Priya Marketer'),
      server.invite('Field Sales', 'rep', 'Ravi Rep'),
      server.invite('Other Sales', 'rep', 'Olga Other'),
    ]);
    [marketerOptions, repOptions, outsiderOptions] = await Promise.all([
      joinTeam(marketer, server.url, priya),
      joinTeam(rep, server.url, ravi),
      joinTeam(outsider, server.url, olga),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([marketer?.close(), rep?.close(), outsider?.close()]);
    await server?.dispose();
  });

  it('says Connected, the team, the person and role, the last sync and what waits to go out', async () => {
    const status = await marketerOptions.getByTestId('wl-team-status').textContent();
    expect(status).toContain('Connected');
    expect(status).toContain('Field Sales');
    expect(await marketerOptions.getByTestId('wl-team-you').textContent()).toBe('Priya Marketer, marketer');
    await expect.poll(() => marketerOptions.getByTestId('wl-team-last-sync').textContent(), { timeout: 15_000 }).toMatch(/just now|seconds ago/);
    expect(await marketerOptions.getByTestId('wl-team-waiting').getAttribute('data-count')).toBe('0');
    expect(await outsiderOptions.getByTestId('wl-team-status').textContent()).toContain('Other Sales');
    expect(await seriousViolations(marketerOptions)).toEqual([]);
  });

  it("the marketer's popup flag shows in the rep's already open panel, without a reload, saying whose it is", async () => {
    repJane = await rep.open(JANE);
    repPanel = await rep.panelFrame(repJane);
    expect(await repPanel.getByTestId('wl-intro').count()).toBe(0);
    const outsiderJane = await outsider.open(JANE);
    await outsider.panelFrame(outsiderJane);

    const marketerJane = await marketer.open(JANE);
    const popup = await popupFor(marketer, marketerJane);
    await flagInPopup(popup, { notes: 'We shipped Acme’s robotics launch together.' });
    expect(await popup.getByTestId('wl-flag-status').textContent()).toContain('Shared with Field Sales');
    expect(await seriousViolations(popup)).toEqual([]);

    const intro = repPanel.getByTestId('wl-intro').filter({ hasText: 'Priya Marketer' });
    await intro.waitFor({ timeout: 15_000 });
    expect(await intro.getByTestId('wl-intro-whose').textContent()).toBe('Priya’s flag · shared with Field Sales');
    expect(await repPanel.getByTestId('wl-team-line').textContent()).toContain('Field Sales');
    expect(await seriousViolations(repPanel)).toEqual([]);
    await Promise.all([popup.close(), marketerJane.close()]);

    // The other team's rep: their panel and their store never get it, even after a sync of their own.
    expect(await syncNow(outsiderOptions)).toMatch(/^Synced/);
    expect(await storedIds(outsiderOptions, 'relationships')).toEqual([]);
    const outsiderPanel = await outsider.panelFrame(outsiderJane);
    expect(await outsiderPanel.getByTestId('wl-intro').count()).toBe(0);
    await outsiderJane.close();
  });

  it('a private flag stays with its creator', async () => {
    const marketerMarcus = await marketer.open(MARCUS);
    const popup = await popupFor(marketer, marketerMarcus);
    await flagInPopup(popup, { share: 'private' });
    expect(await popup.getByTestId('wl-flag-status').textContent()).toContain('Private: only you see it.');
    const item = popup.getByTestId('wl-flag-item').filter({ hasText: 'Marcus' });
    expect(await item.textContent()).toContain('private');
    await popup.close();
    await expect.poll(async () => (await marketerOptions.getByTestId('wl-team-waiting').getAttribute('data-count')) ?? '', { timeout: 15_000 }).toBe('0');

    expect(await syncNow(repOptions)).toMatch(/^Synced/);
    const repFlags = await allRecords<{ person?: { name: string } }>(repOptions, 'relationships');
    expect(repFlags.map((rel) => rel.person?.name)).toEqual(['Jane Doe']);
    const repMarcus = await rep.open(MARCUS);
    const panel = await rep.panelFrame(repMarcus);
    expect(await panel.getByTestId('wl-intro').count()).toBe(0);
    await Promise.all([repMarcus.close(), marketerMarcus.close()]);
  });

  let itemId = '';

  it("an item the marketer approves reaches the rep's suggestions, and leaves them when retired", async () => {
    const library = await marketer.extensionPage('options.html#library');
    await library.getByTestId('wl-lib-new').click();
    await library.getByTestId('wl-lib-title').fill('Robotics launch note');
    await library.getByTestId('wl-lib-body').fill('Hi {{firstName}}, our launch playbook for robotics teams may help {{company}}.');
    await library.getByTestId('wl-lib-approve').click();
    await library.getByTestId('wl-lib-approved-by').getByText('Approved by Priya Marketer').waitFor();
    await expect.poll(() => library.getByTestId('wl-lib-team-note').textContent()).toContain('In the library of Field Sales');
    itemId = (await allRecords<{ id: string; title: string }>(library, 'content')).find((item) => item.title === 'Robotics launch note')!.id;

    const suggestion = repPanel.locator(`[data-testid="wl-suggestion"][data-content-id="${itemId}"]`);
    await suggestion.waitFor({ timeout: 15_000 });
    expect(await suggestion.textContent()).toContain('Hi Jane');

    await library.getByTestId('wl-lib-back').click();
    const row = library.locator(`[data-testid="wl-lib-row"][data-content-id="${itemId}"]`);
    expect(await row.getByTestId('wl-lib-row-team').count()).toBe(1);
    await row.getByTestId('wl-lib-row-retire').click();
    await suggestion.waitFor({ state: 'detached', timeout: 15_000 });
    // Back for the next test.
    await row.getByTestId('wl-lib-row-reopen').click();
    await library.getByTestId('wl-lib-row-title').filter({ hasText: 'Robotics launch note' }).click();
    await library.getByTestId('wl-lib-approve').click();
    await library.getByTestId('wl-lib-approved-by').waitFor();
    await suggestion.waitFor({ timeout: 15_000 });
    await library.close();
  });

  it("the rep's feedback shows in the marketer's insights, the team's figures from the server", async () => {
    const suggestion = repPanel.locator(`[data-testid="wl-suggestion"][data-content-id="${itemId}"]`);
    await clickSeen(suggestion.getByTestId('wl-copy'));
    await suggestion.getByTestId('wl-action-status').getByText('Copied').waitFor();
    // "Did it land?" is asked on the next visit.
    await repJane.reload();
    repPanel = await rep.panelFrame(repJane);
    const verdict = repPanel.locator(`[data-testid="wl-verdict"][data-content-id="${itemId}"]`);
    await clickSeen(verdict.getByTestId('wl-feedback-worked'));
    await verdict.getByText('Marked as worked. Thanks.').waitFor();

    const insights = await marketer.extensionPage('options.html#insights');
    const figures = insights.getByTestId('wl-team-insights');
    await expect
      .poll(
        async () => {
          await figures.getByTestId('wl-team-insights-refresh').click();
          return figures.getByTestId('wl-insight-trust').getAttribute('data-worked', { timeout: 5000 }).catch(() => null);
        },
        { timeout: 20_000 },
      )
      .toBe('1');
    expect(await figures.getByTestId('wl-item-table').locator(`[data-content-id="${itemId}"]`).textContent()).toContain('Robotics launch note');
    expect(await seriousViolations(insights)).toEqual([]);
    await insights.close();
  });

  it("the token stays in the extension's store: LinkedIn's page, the content script and the panel never see it", async () => {
    const token = await storedToken(rep);
    expect(token).toMatch(/^wlt_/);

    // Everything the panel hears while a teammate's change arrives, and everything it may ask.
    await repPanel.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      chrome.runtime.onMessage.addListener((message) => void heard.push(JSON.stringify(message)));
    });
    const marketerMarcus = await marketer.open(MARCUS);
    const popup = await popupFor(marketer, marketerMarcus);
    await popup.getByTestId('wl-flag-share').selectOption('team');
    await popup.getByTestId('wl-flag-save').click();
    await popup.getByTestId('wl-flag-status').getByText(/^Updated:/).waitFor();
    await repPanel.waitForFunction(() => (window as unknown as { heard: string[] }).heard.length > 0);
    const hello = await repPanel.evaluate(() => chrome.runtime.sendMessage({ type: 'panel:hello' }));
    const panelSaw = [...(await repPanel.evaluate(() => (window as unknown as { heard: string[] }).heard)), JSON.stringify(hello), await repPanel.content()];
    for (const seen of panelSaw) expect(seen).not.toContain(token);
    expect(await repPanel.evaluate(() => Object.keys(localStorage).length)).toBe(0);

    const world = await contentScriptWorld(rep, repJane);
    const local = (await world('chrome.storage.local.get(null).then((all) => JSON.stringify(all))')).value as string;
    expect(local).not.toContain(token);
    expect((await world('chrome.storage.session.get(null).then(() => "read", () => "refused")')).value).toBe('refused');
    expect(await repJane.content()).not.toContain(token);
    await Promise.all([popup.close(), marketerMarcus.close()]);
  });

  it("leaving takes the team's data off the browser; an admin's tab invites, lists people and keeps the audit log", async () => {
    const token = await storedToken(outsider);
    await outsiderOptions.getByTestId('wl-team-leave').click();
    await outsiderOptions.getByTestId('wl-team-leave-confirm').click();
    await outsiderOptions.getByTestId('wl-team-status').getByText('You left Other Sales').waitFor();
    // The server was told: this browser's token is revoked there.
    expect((await server.request('GET', '/v1/me', { token })).status).toBe(401);

    // The same browser, now an admin of Field Sales: the Admin tab is theirs.
    await joinTeam(outsider, server.url, await server.invite('Field Sales', 'admin', 'Ada Admin'));
    const admin = await outsider.extensionPage('options.html#admin');
    const people = admin.getByTestId('wl-admin-people');
    await people.getByTestId('wl-admin-user').filter({ hasText: 'Ravi Rep' }).waitFor();
    await admin.getByTestId('wl-admin-invite-name').fill('Nora New');
    await admin.getByTestId('wl-admin-invite').click();
    expect(await admin.getByTestId('wl-admin-invite-code').textContent()).toMatch(/^wli_/);
    await admin.getByTestId('wl-admin-audit').getByText('invite.create').first().waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.close();
  });

  it("a revoked rep is told, loses the team's data, and keeps the flags they made", async () => {
    const repMarcus = await rep.open(MARCUS);
    const popup = await popupFor(rep, repMarcus);
    await flagInPopup(popup, { notes: 'Met at a conference.' });
    await popup.close();
    await expect.poll(async () => (await repOptions.getByTestId('wl-team-waiting').getAttribute('data-count')) ?? '', { timeout: 15_000 }).toBe('0');
    expect((await allRecords(repOptions, 'relationships')).length).toBe(3);

    // Signed out everywhere from the admin's tab.
    const admin = await outsider.extensionPage('options.html#admin');
    await admin.getByTestId('wl-admin-user').filter({ hasText: 'Ravi Rep' }).getByTestId('wl-admin-revoke').click();
    await admin.getByTestId('wl-admin-status').getByText('Ravi Rep is signed out on every browser.').waitFor();
    await admin.close();

    // The server closes the rep's poke socket: the extension finds out at once, and says so.
    await repOptions.getByTestId('wl-team-status').getByText(/access was revoked/).waitFor({ timeout: 15_000 });
    const left = await allRecords<{ id: string; person?: { name: string }; meta: { origin: { kind: string } } }>(repOptions, 'relationships');
    expect(left.map((rel) => [rel.person?.name, rel.meta.origin.kind])).toEqual([['Marcus Lee', 'local']]);
    expect(await allRecords(repOptions, 'content')).toEqual([]);
    await repPanel.getByTestId('wl-intro').filter({ hasText: 'Priya Marketer' }).waitFor({ state: 'detached', timeout: 15_000 });
    await repOptions.getByTestId('wl-team-join').waitFor();
    await repMarcus.close();
  });
});
