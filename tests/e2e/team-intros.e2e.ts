/**
 * Warm intros through the team (issue 13), end to end: the real server process on loopback and
 * two browser profiles with the built extension, a marketer and a rep of one team. The rep asks
 * from the intro in their panel; the request reaches the marketer's popup (the badge keeps the
 * tab's intro count, the button's title says a request waits); each answer comes back to the
 * rep's open panel; the rep's own list says when one was answered, once; a flag made private
 * closes its open request as "no longer available".
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRecords } from '../support/extension-store';
import { fixture } from '../support/fixtures';
import { clickSeen } from '../support/guarded-click';
import type { Harness } from '../support/harness';
import { seriousViolations } from '../support/axe';
import { flagInPopup, joinTeam, popupFor, teamBrowser } from '../support/team-browser';
import { startTeamServerProcess, type TeamServerProcess } from '../support/team-server';

const JANE = fixture('profile-logged-in.html').url;
const MARCUS = fixture('profile-public.html').url;

type StoredIntro = { id: string; state: string; reason?: string; note?: string; holder: { name: string } };
type StoredActivity = { action: string; introAnswer?: string };

describe('intro requests: a rep asks from the panel, the marketer answers from the popup', () => {
  let server: TeamServerProcess;
  let marketer: Harness;
  let rep: Harness;
  let repOptions: Page;
  let marketerJane: Page;
  let repJane: Page;
  let repPanel: Frame;

  beforeAll(async () => {
    server = await startTeamServerProcess();
    [marketer, rep] = await Promise.all([teamBrowser(server.url), teamBrowser(server.url)]);
    const [priya, ravi] = await Promise.all([server.invite('Field Sales', 'marketer', 'Priya Marketer'), server.invite('Field Sales', 'rep', 'Ravi Rep')]);
    [, repOptions] = await Promise.all([joinTeam(marketer, server.url, priya), joinTeam(rep, server.url, ravi)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([marketer?.close(), rep?.close()]);
    await server?.dispose();
  });

  const status = () => repPanel.getByTestId('wl-intro').getByTestId('wl-intro-status');
  const buttonTitle = () => marketer.worker.evaluate(() => chrome.action.getTitle({}));

  it('the rep asks with a reason prefilled from the prospect and the flag; the panel says it was sent', async () => {
    marketerJane = await marketer.open(JANE);
    const popup = await popupFor(marketer, marketerJane);
    await flagInPopup(popup, { notes: 'Ran the Acme robotics launch with her.' });
    await popup.close();

    repJane = await rep.open(JANE);
    repPanel = await rep.panelFrame(repJane);
    const intro = repPanel.getByTestId('wl-intro').filter({ hasText: 'Priya Marketer' });
    await intro.waitFor({ timeout: 15_000 });
    expect(await intro.getByTestId('wl-intro-email').count()).toBe(0);
    await intro.getByTestId('wl-ask-intro').click();
    const reason = intro.getByTestId('wl-intro-reason');
    expect(await reason.inputValue()).toContain('Jane Doe');
    expect(await reason.inputValue()).toContain('Ran the Acme robotics launch with her.');
    await reason.fill('Jane is evaluating robotics vendors this quarter.');
    expect(await seriousViolations(repPanel)).toEqual([]);
    await clickSeen(intro.getByTestId('wl-intro-send'));
    await expect.poll(() => status().textContent()).toBe('Intro requested from Priya: waiting for an answer.');
    expect(await intro.getByTestId('wl-ask-intro').count()).toBe(0);
    await expect.poll(async () => (await allRecords<StoredActivity>(repOptions, 'activities')).map((a) => a.action)).toEqual(['intro-request']);
  });

  it("reaches the marketer's popup; the badge keeps the tab's intro count and the button's title says a request waits", async () => {
    await expect.poll(buttonTitle, { timeout: 20_000 }).toContain('1 intro request waits for your answer');
    expect(await marketer.badgeText(marketerJane)).toBe('1');
    const popup = await popupFor(marketer, marketerJane);
    const request = popup.getByTestId('wl-request');
    await request.waitFor();
    expect(await request.textContent()).toContain('Ravi Rep asks for an intro to Jane Doe');
    expect(await request.textContent()).toContain('Jane is evaluating robotics vendors this quarter.');
    expect(await seriousViolations(popup)).toEqual([]);

    await request.getByTestId('wl-request-ask-first').click();
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toBe('Priya is asking them first.');
    expect(await status().getAttribute('data-state')).toBe('asked-first');

    // Declining needs a reason the rep will see.
    await request.getByTestId('wl-request-decline').click();
    expect(await request.getByRole('alert').textContent()).toBe('Say why in the box above: Ravi sees it.');
    await request.getByTestId('wl-request-note').fill('Introduced you both by email this morning.');
    await request.getByTestId('wl-request-introduced').click();
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toBe('Priya introduced you: “Introduced you both by email this morning.”');
    await expect.poll(() => popup.getByTestId('wl-request').count()).toBe(0);
    await expect.poll(buttonTitle, { timeout: 15_000 }).not.toContain('waits for your answer');
    const answers = (await allRecords<StoredActivity>(popup, 'activities')).filter((a) => a.action === 'intro-answer');
    expect(answers.map((a) => a.introAnswer).sort()).toEqual(['asked-first', 'introduced']);
    await popup.close();
  });

  it("the rep's own list says the request was answered, once", async () => {
    const popup = await popupFor(rep, repJane);
    const mine = popup.getByTestId('wl-my-request');
    await mine.waitFor();
    expect(await mine.getAttribute('data-state')).toBe('introduced');
    expect(await mine.getAttribute('data-new')).toBe('true');
    expect(await mine.textContent()).toContain('Priya introduced you');
    await popup.close();
    const again = await popupFor(rep, repJane);
    await again.getByTestId('wl-my-request').waitFor();
    expect(await again.getByTestId('wl-my-request').getAttribute('data-new')).toBeNull();
    await again.close();
  });

  it('a flag made private closes its open request: the rep sees "no longer available"', async () => {
    const marketerMarcus = await marketer.open(MARCUS);
    let popup = await popupFor(marketer, marketerMarcus);
    await flagInPopup(popup);
    await popup.close();

    const repMarcus = await rep.open(MARCUS);
    const panel = await rep.panelFrame(repMarcus);
    const intro = panel.getByTestId('wl-intro').filter({ hasText: 'Priya Marketer' });
    await intro.waitFor({ timeout: 15_000 });
    await intro.getByTestId('wl-ask-intro').click();
    await clickSeen(intro.getByTestId('wl-intro-send'));
    await expect.poll(() => intro.getByTestId('wl-intro-status').getAttribute('data-state')).toBe('sent');
    await expect.poll(buttonTitle, { timeout: 20_000 }).toContain('1 intro request waits');

    popup = await popupFor(marketer, marketerMarcus);
    await popup.getByTestId('wl-flag-share').selectOption('private');
    await popup.getByTestId('wl-flag-save').click();
    await popup.getByTestId('wl-flag-status').getByText('Private: only you see it.').waitFor();
    await popup.close();

    await expect.poll(() => panel.getByTestId('wl-intro').count(), { timeout: 20_000 }).toBe(0);
    await expect
      .poll(async () => (await allRecords<StoredIntro>(repOptions, 'intros')).filter((i) => i.state === 'closed').length, { timeout: 20_000 })
      .toBe(1);
    const repPopup = await popupFor(rep, repMarcus);
    const closed = repPopup.getByTestId('wl-my-request').filter({ hasText: 'Marcus' });
    await closed.waitFor();
    expect(await closed.textContent()).toContain('No longer available: the flag was made private or removed.');
    await expect.poll(buttonTitle, { timeout: 15_000 }).not.toContain('waits for your answer');
    await Promise.all([repPopup.close(), repMarcus.close(), marketerMarcus.close()]);
  });
});
