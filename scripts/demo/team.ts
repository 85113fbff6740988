/**
 * The team half of `npm run demo` (Chromium): the embedded Warmline Team server (PGlite in a
 * temporary data folder, on loopback and a free port, started by server/start.ts as `npm run
 * server` starts it), a demo team with a marketer and a rep invited as `server:invite` invites
 * them, and two browser profiles with the built extension, each joined on options.html#team as a
 * person joins. The marketer brings the demo pack's messaging into the team's library (Packs tab,
 * preview then confirm, as a marketer does), so the rep's panel suggests the team's approved items.
 * The marketer flags a demo profile from the popup; the rep's panel, already open on that profile,
 * shows it with whose flag it is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { InviteRequest } from '../../lib/model';
import { createInvite } from '../../server/auth/invites';
import { configFromEnv } from '../../server/config';
import { CLI_ACTOR } from '../../server/http/routes/local';
import { startServer } from '../../server/start';
import { launch, type Harness } from '../../tests/support/harness';
import { DEMO_PACK } from '../../tests/support/fixtures';
import { joinTeam } from '../../tests/support/team-browser';
import { openPopup, tabOf } from './chromium';
import type { DemoTab, Size } from './session';

export const TEAM = 'Demo Team';
export const MARKETER = 'Maya Marketer';
export const REP = 'Ravi Rep';
const NOTES = 'We ran the Acme robotics launch together; she will take a call.';

export type TeamDemo = {
  serverUrl: string;
  /** Serves this HTML at this LinkedIn URL in both browsers (before the fixtures). */
  serve(url: string, html: string): void;
  /** The rep opens a demo profile: resolves once the panel shows the prospect and the team's suggested messaging (the team has no flag on them yet). */
  repOpens(url: string): Promise<void>;
  /** The marketer flags that profile from the popup, shared with the team: resolves with the popup once saved. */
  flag(url: string, popupSize: Size): Promise<DemoTab>;
  /** Resolves with the rep's tab once its open panel shows the marketer's flag, saying whose it is. */
  repSees(): Promise<DemoTab>;
  /** Resolves when the user closes either browser. */
  closed(): Promise<void>;
  /** Closes both browsers and the server, and deletes the demo's folder. */
  close(): Promise<void>;
};

/**
 * One temporary folder for the server's data and both browser profiles: removed on close, and when
 * the process ends however it ends (Playwright's own Ctrl-C handler may end it before close does).
 */
function demoFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'warmline-demo-team-'));
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** The marketer puts the demo pack's items into the team's library, on the Packs tab as a marketer does. */
async function seedTeamLibrary(options: Page): Promise<void> {
  await options.evaluate(() => (location.hash = '#packs'));
  await options.getByTestId('wl-team-import-file').setInputFiles({ name: 'demo-pack.json', mimeType: 'application/json', buffer: Buffer.from(DEMO_PACK) });
  await options.getByTestId('wl-team-import-confirm').click();
  await options.getByTestId('wl-team-import-result').getByText("to the team's library now").waitFor({ timeout: 20_000 });
  await options.evaluate(() => (location.hash = '#team'));
}

/** With a display, the two windows side by side: the marketer on the left, the rep on the right. */
async function placeWindow(page: Page, left: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { left, top: 0, width: 760, height: 900, windowState: 'normal' } });
  await cdp.detach();
}

export async function teamDemo(headless: boolean): Promise<TeamDemo> {
  const root = demoFolder();
  // The embedded server as `npm run server` starts it: PGlite in a data folder, loopback, a free port.
  const config = configFromEnv({ WARMLINE_DATA: join(root, 'server'), WARMLINE_HOST: '127.0.0.1', WARMLINE_PORT: '0' });
  const running = await startServer(config, () => undefined);
  const browsers: Harness[] = [];
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await Promise.all(browsers.map((browser) => browser.close().catch(() => undefined)));
      await running.close();
      rmSync(root, { recursive: true, force: true });
    })());
  try {
    const invite = async (role: 'marketer' | 'rep', name: string) =>
      (await running.db.transaction((tx) => createInvite(tx, CLI_ACTOR, InviteRequest.parse({ team: TEAM, role, name })))).code;
    const [mayaCode, raviCode] = [await invite('marketer', MARKETER), await invite('rep', REP)];
    // Browsers that may reach the server (and linkedin.com from the fixtures), as the team e2e's.
    const browser = (name: string) => launch({ headless, allowOrigins: [running.url], userDataDir: join(root, name) });
    const [marketer, rep] = await Promise.all([browser('marketer'), browser('rep')]);
    browsers.push(marketer, rep);
    const [mayaOptions, raviOptions] = await Promise.all([joinTeam(marketer, running.url, mayaCode), joinTeam(rep, running.url, raviCode)]);
    if (!headless) await Promise.all([placeWindow(mayaOptions, 0), placeWindow(raviOptions, 760)]);
    await seedTeamLibrary(mayaOptions);

    let repPage: Page | undefined;
    return {
      serverUrl: running.url,
      serve(url, html) {
        for (const browser of browsers) browser.pages.set(url, html);
      },
      async repOpens(url) {
        repPage = await rep.open(url);
        const panel = await rep.panelFrame(repPage);
        await panel.getByTestId('wl-profile-name').filter({ hasText: /\S/ }).waitFor();
        // The team's library reached the rep (pulled on the server's poke).
        await panel.getByTestId('wl-suggestion').first().waitFor({ timeout: 20_000 });
      },
      async flag(url, popupSize) {
        const profile = await marketer.open(url);
        const popup = await openPopup(marketer, url, popupSize, 'light');
        await popup.getByTestId('wl-flag-relation').selectOption('former-colleague');
        await popup.getByTestId('wl-flag-strength').selectOption('5');
        await popup.getByLabel('I agree to introduce reps to them').check();
        await popup.getByTestId('wl-flag-notes').fill(NOTES);
        await popup.getByTestId('wl-flag-share').selectOption('team');
        await popup.getByTestId('wl-flag-save').click();
        await popup.getByTestId('wl-flag-status').getByText(`Shared with ${TEAM}`).waitFor();
        if (!headless) await profile.bringToFront();
        return tabOf(popup);
      },
      async repSees() {
        if (!repPage) throw new Error('The rep opens the profile first (repOpens).');
        const page = repPage;
        const panel = await rep.panelFrame(page);
        const intro = panel.getByTestId('wl-intro').filter({ hasText: MARKETER });
        await intro.getByTestId('wl-intro-whose').waitFor({ timeout: 20_000 });
        return tabOf(page);
      },
      closed: () =>
        new Promise<void>((done) => {
          for (const browser of [marketer, rep]) browser.context.on('close', () => done());
        }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
