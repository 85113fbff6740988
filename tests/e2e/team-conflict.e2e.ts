/**
 * One person on two browsers (issue 12): the second joins with a device code made on the first.
 * Both edit the same flag while the server is away; when it is back, one edit is taken and the
 * other is a conflict shown with both versions, in the popup's list of flags, never a silent loss.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRecords } from '../support/extension-store';
import { fixture } from '../support/fixtures';
import type { Harness } from '../support/harness';
import { flagInPopup, joinTeam, popupFor, teamBrowser } from '../support/team-browser';
import { startTeamServerProcess, type TeamServerProcess } from '../support/team-server';

const JANE = fixture('profile-logged-in.html').url;

type Flag = { id: string; notes?: string; meta: { team?: { version: number } } };

/** Edits the user's flag for Jane in a popup of its own (not on a profile): new notes, saved. */
async function editNotes(h: Harness, notes: string): Promise<void> {
  const popup = await h.extensionPage('popup.html');
  await popup.getByRole('button', { name: 'Edit flag for Jane Doe' }).click();
  await popup.getByTestId('wl-flag-notes').fill(notes);
  await popup.getByTestId('wl-flag-save').click();
  await popup.getByTestId('wl-flag-status').getByText(/^Updated:/).waitFor();
  await popup.close();
}

describe('the same user on two browsers', () => {
  let server: TeamServerProcess;
  let desktop: Harness;
  let laptop: Harness;
  let desktopOptions: Page;
  let laptopOptions: Page;

  beforeAll(async () => {
    server = await startTeamServerProcess();
    [desktop, laptop] = await Promise.all([teamBrowser(server.url), teamBrowser(server.url)]);
    desktopOptions = await joinTeam(desktop, server.url, await server.invite('Field Sales', 'marketer', 'Dora Double'));
    await desktopOptions.getByTestId('wl-team-device-code').click();
    const code = (await desktopOptions.getByTestId('wl-team-device-code-value').textContent())!;
    expect(code).toMatch(/^wld_/);
    laptopOptions = await joinTeam(laptop, server.url, code);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([desktop?.close(), laptop?.close()]);
    await server?.dispose();
  });

  it('is the same person on both, with the same flags', async () => {
    expect(await laptopOptions.getByTestId('wl-team-you').textContent()).toBe('Dora Double, marketer');
    const page = await desktop.open(JANE);
    const popup = await popupFor(desktop, page);
    await flagInPopup(popup, { notes: 'First draft.' });
    await Promise.all([popup.close(), page.close()]);
    await expect.poll(async () => (await allRecords<Flag>(laptopOptions, 'relationships')).map((flag) => flag.notes), { timeout: 20_000 }).toEqual(['First draft.']);
  });

  it('editing one flag on both gets a conflict with both versions, not a silent loss; the choice goes to both', async () => {
    await server.stop();
    await editNotes(laptop, 'Edited on the laptop.');
    await editNotes(desktop, 'Edited on the desktop.');
    await server.start();

    // One edit is taken; the other browser holds a conflict (whichever reached the server second).
    const conflictsOn = async (options: Page) => (await allRecords(options, 'conflicts')).length;
    await expect.poll(async () => (await conflictsOn(desktopOptions)) + (await conflictsOn(laptopOptions)), { timeout: 60_000, interval: 500 }).toBe(1);
    const [loser, loserOptions, mine, theirs] =
      (await conflictsOn(desktopOptions)) === 1
        ? [desktop, desktopOptions, 'Edited on the desktop.', 'Edited on the laptop.']
        : [laptop, laptopOptions, 'Edited on the laptop.', 'Edited on the desktop.'];
    const [winnerOptions] = loser === desktop ? [laptopOptions] : [desktopOptions];

    // Where the user edits flags: both versions side by side, and nothing replaced until they choose.
    const popup = await loser.extensionPage('popup.html');
    const conflict = popup.getByTestId('wl-flag-conflicts').getByTestId('wl-conflict');
    await conflict.waitFor();
    expect(await conflict.getByTestId('wl-conflict-mine').allTextContents()).toEqual([mine]);
    expect(await conflict.getByTestId('wl-conflict-theirs').allTextContents()).toEqual([theirs]);
    expect((await allRecords<Flag>(loserOptions, 'relationships'))[0]?.notes).toBe(mine);

    await conflict.getByTestId('wl-conflict-keep-mine').click();
    await conflict.waitFor({ state: 'detached' });
    await expect.poll(async () => (await allRecords<Flag>(winnerOptions, 'relationships')).map((flag) => [flag.notes, flag.meta.team?.version]), { timeout: 20_000 }).toEqual([[mine, 3]]);
    expect((await allRecords<Flag>(loserOptions, 'relationships')).map((flag) => flag.notes)).toEqual([mine]);
    await popup.close();
  });
});
