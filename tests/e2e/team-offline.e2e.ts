/**
 * Warmline Team when the server goes away (issue 12): the real server process is stopped while
 * the marketer works, then started again on the same port and data. What was made meanwhile waits
 * in the outbox, is said to wait, and arrives once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Relationship } from '../../lib/model';
import { relationshipsToCsv } from '../../lib/pack/csv';
import { allRecords } from '../support/extension-store';
import { fixture } from '../support/fixtures';
import type { Harness } from '../support/harness';
import { flagInPopup, joinTeam, popupFor, teamBrowser } from '../support/team-browser';
import { startTeamServerProcess, type TeamServerProcess } from '../support/team-server';

const JANE = fixture('profile-logged-in.html').url;
const ME = 'Mia Marketer';

/** Every flag the server shares with the team, as its admin pulls them (ids, each once). */
async function teamFlagIds(server: TeamServerProcess): Promise<string[]> {
  const token = await server.adminToken('Field Sales');
  const ids: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await server.request('POST', '/v1/pull', { token, body: { cursor, limit: 5000 } });
    for (const change of page.body.changes as Array<{ op: string; kind: string; id: string }>) if (change.op === 'put' && change.kind === 'relationship') ids.push(change.id);
    cursor = page.body.cursor;
    if (!page.body.more) return ids;
  }
}

const waiting = async (options: Page) => Number(await options.getByTestId('wl-team-waiting').getAttribute('data-count'));

describe('the team server stopped and started again', () => {
  let server: TeamServerProcess;
  let marketer: Harness;
  let rep: Harness;
  let marketerOptions: Page;
  let repOptions: Page;

  beforeAll(async () => {
    server = await startTeamServerProcess();
    [marketer, rep] = await Promise.all([teamBrowser(server.url), teamBrowser(server.url)]);
    const [mia, ravi] = await Promise.all([server.invite('Field Sales', 'marketer', ME), server.invite('Field Sales', 'rep', 'Ravi Rep')]);
    [marketerOptions, repOptions] = await Promise.all([joinTeam(marketer, server.url, mia), joinTeam(rep, server.url, ravi)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([marketer?.close(), rep?.close()]);
    await server?.dispose();
  });

  it('a flag made while it is down is said to wait, and arrives once when it is back', async () => {
    const repJane = await rep.open(JANE);
    const repPanel = await rep.panelFrame(repJane);
    await server.stop();

    const marketerJane = await marketer.open(JANE);
    const popup = await popupFor(marketer, marketerJane);
    await flagInPopup(popup, { notes: 'Flagged while the server was down.' });
    await popup.close();
    await marketerOptions.getByTestId('wl-team-status').getByText('Not connected').waitFor({ timeout: 20_000 });
    expect(await marketerOptions.getByTestId('wl-team-status').textContent()).toContain('Your changes wait here');
    expect(await waiting(marketerOptions)).toBe(1);

    await server.start();
    // The extension finds the server again by itself (its retry, its poke socket reconnecting).
    await repPanel.getByTestId('wl-intro').filter({ hasText: ME }).waitFor({ timeout: 60_000 });
    await expect.poll(() => waiting(marketerOptions), { timeout: 20_000 }).toBe(0);
    await marketerOptions.getByTestId('wl-team-status').getByText('Connected').waitFor({ timeout: 20_000 });
    const flags = await allRecords<Relationship & { meta: { team?: { version: number } } }>(marketerOptions, 'relationships');
    expect(flags.map((flag) => [flag.person?.name, flag.meta.team?.version])).toEqual([['Jane Doe', 1]]);
    expect(await teamFlagIds(server)).toEqual([flags[0]!.id]);
    await Promise.all([repJane.close(), marketerJane.close()]);
  });

  // 1,000 pushes and a rep's pull on a shared 2-core machine: more than the suite's 60 s may pass
  // under load (alone it takes about 15 s); what it checks is that every flag arrives, once.
  it('1,000 flags shared while it is down all arrive, once', { timeout: 180_000 }, async () => {
    // The marketer's own network, from a spreadsheet: kept in this browser until they share it.
    const network: Relationship[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `net-${i}`,
      scope: 'person',
      person: { name: `Contact ${i} Example`, profileUrl: `https://www.linkedin.com/in/contact-${i}/` },
      company: { name: `Company ${i}` },
      relation: 'former-colleague',
      strength: 3,
      knownBy: { name: ME },
      canIntro: true,
      createdAt: '2026-05-01T09:00:00Z',
      updatedAt: '2026-05-01T09:00:00Z',
    }));
    await (await marketer.importFile('network.csv', relationshipsToCsv(network))).close();
    await server.stop();

    await marketerOptions.reload();
    await marketerOptions.getByTestId('wl-team-share-all').check();
    await marketerOptions.getByTestId('wl-team-share').click();
    await marketerOptions.getByTestId('wl-team-share-result').getByText('1000 flags are now shared').waitFor();
    await expect.poll(() => waiting(marketerOptions), { timeout: 20_000 }).toBe(1000);

    await server.start();
    await expect.poll(() => waiting(marketerOptions), { timeout: 60_000, interval: 500 }).toBe(0);
    const onServer = await teamFlagIds(server);
    expect(onServer).toHaveLength(1001);
    expect(new Set(onServer).size).toBe(1001);
    await expect.poll(async () => (await allRecords(repOptions, 'relationships')).length, { timeout: 60_000, interval: 500 }).toBe(1001);
    expect(await allRecords(marketerOptions, 'conflicts')).toEqual([]);
  });
});
