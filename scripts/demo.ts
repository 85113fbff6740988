/**
 * `npm run demo` (Chromium) and `npm run demo -- --firefox` (Firefox ESR): builds the extension,
 * opens it on bundled demo profiles with the demo pack loaded. With a display it opens a window;
 * without one (or with `--headless`) it runs headless and saves screenshots for a reviewer:
 *
 * - demo-screenshots/panel/: the panel beside each demo profile, in LinkedIn's light and dark
 *   themes, plus the panel collapsed, a message with a gap to fill, and what a new user sees
 *   before anything is set up (Chromium);
 * - demo-screenshots/popup/: the flag popup at its real size (400×600), light and dark (Chromium);
 * - demo-screenshots/options/: every tab of the options page and the first run, light and dark (Chromium);
 * - demo-screenshots/firefox/: the panel beside each profile, in Firefox;
 * - demo-screenshots/store/: the store listing's screenshots at 1280×800;
 * - demo-screenshots/team/: Warmline Team (Chromium): the embedded server with a demo team, a
 *   marketer's and a rep's browser each joined; the marketer's popup after flagging Jane Doe, and
 *   the rep's panel on Jane showing that flag and whose it is (scripts/demo/team.ts).
 *
 * With a display, Chromium opens the solo demo's window and, beside it, the team's two windows
 * (marketer on the left, rep on the right) after the same flag. Everything started stops on
 * Ctrl-C and at the end.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadFixtures, type Fixture } from '../tests/support/fixtures';
import { chromiumDemo } from './demo/chromium';
import { firefoxDemo } from './demo/firefox';
import type { DemoSession, PanelStep, Size, Theme } from './demo/session';
import { MARKETER, REP, TEAM, teamDemo, type TeamDemo } from './demo/team';

const ROOT = resolve(import.meta.dirname, '..');
const SHOTS = join(ROOT, 'demo-screenshots');
const PROFILES = ['profile-logged-in.html', 'profile-public.html', 'company.html'];
const LOOK = readFileSync(join(ROOT, 'scripts', 'demo', 'linkedin-look.css'), 'utf8');
/** The Chrome Web Store's screenshot size (addons.mozilla.org takes it too). */
const STORE_SIZE: Size = { width: 1280, height: 800 };
/** The toolbar popup's size as the browser shows it. */
const POPUP_SIZE: Size = { width: 400, height: 600 };
/** The store screenshots, in listing order: which fixture, and the file's name. */
const STORE_SHOTS: Array<[string, string]> = [
  ['profile-logged-in.html', '1-warm-intro-and-approved-message'],
  ['profile-public.html', '2-likely-and-company-intros'],
  ['company.html', '3-company-page'],
];
/** Panel moments worth a look besides the plain profiles: which fixture, what to do, the file's name. */
const PANEL_MOMENTS: Array<[string, PanelStep, string]> = [
  ['profile-no-company.html', { search: 'ROI' }, 'gap-to-fill'],
  ['profile-logged-in.html', { collapse: true }, 'collapsed'],
];
/** The demo profile the team's marketer flags and the rep watches. */
const TEAM_PROFILE = 'profile-logged-in.html';
const OPTIONS_TABS = ['#start', '#library', '#packs', '#insights', '#settings'];
const THEMES: Theme[] = ['light', 'dark'];

const firefox = process.argv.includes('--firefox');
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const browserName = firefox ? 'firefox' : 'chrome';

function build(): void {
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  run('bash', ['scripts/ensure-system-packages.sh', firefox ? 'firefox-esr' : 'chromium']);
  run(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', ...(firefox ? ['-b', 'firefox'] : [])]);
}

/** The demo pages wear a little of LinkedIn's look (the tests use the bare fixtures); dark as LinkedIn marks it. */
function dressed(fixture: Fixture, theme: Theme): string {
  const html = fixture.html.replace('</head>', `<style>${LOOK}</style></head>`);
  return theme === 'dark' ? html.replace(/<html\b([^>]*)>/, '<html$1 class="theme--dark">') : html;
}

function dir(...parts: string[]): string {
  const path = join(SHOTS, ...parts);
  mkdirSync(path, { recursive: true });
  return path;
}

/** Headless: every screenshot; the panel on each profile in each theme, the popup, the options page. */
async function screenshots(demo: DemoSession, fixtures: Fixture[]): Promise<void> {
  const panelShots = firefox ? dir('firefox') : dir('panel');
  const storeShots = dir('store');
  const fixtureOf = (file: string) => fixtures.find((fixture) => fixture.file === file)!;
  // Marcus's panel is used once as a rep would, so insights have figures (Jane's stays fresh for the store).
  if (demo.rehearse) {
    const marcus = fixtureOf('profile-public.html');
    demo.pages.set(marcus.url, dressed(marcus, 'light'));
    await demo.rehearse(marcus.url);
  }

  for (const theme of firefox ? (['light'] as Theme[]) : THEMES) {
    for (const file of PROFILES) {
      const fixture = fixtureOf(file);
      demo.pages.set(fixture.url, dressed(fixture, theme));
      const tab = await demo.openProfile(fixture.url);
      const name = firefox ? file.replace('.html', '.png') : file.replace('.html', `-${theme}.png`);
      await tab.screenshot(join(panelShots, name));
      console.log(`  ${fixture.url} (${theme}) → ${join(panelShots, name)}`);
      const store = STORE_SHOTS.find(([shot]) => shot === file);
      if (store && theme === 'light') await tab.screenshot(join(storeShots, `${browserName}-${store[1]}.png`), STORE_SIZE);
    }
    if (firefox) continue;
    for (const [file, step, name] of PANEL_MOMENTS) {
      const fixture = fixtureOf(file);
      demo.pages.set(fixture.url, dressed(fixture, theme));
      await (await demo.openProfile(fixture.url, step)).screenshot(join(panelShots, `${name}-${theme}.png`));
    }
  }
  await (await demo.openLibrary(STORE_SIZE)).screenshot(join(storeShots, `${browserName}-4-library.png`));

  if (demo.openPopup && demo.openOptions) {
    const jane = fixtureOf('profile-logged-in.html').url;
    for (const theme of THEMES) {
      await (await demo.openPopup(jane, POPUP_SIZE, theme)).screenshot(join(dir('popup'), `flag-${theme}.png`));
      for (const hash of OPTIONS_TABS) {
        await (await demo.openOptions(hash, STORE_SIZE, theme)).screenshot(join(dir('options'), `${hash.slice(1)}-${theme}.png`));
      }
    }
    console.log(`  the popup → ${dir('popup')}, the options page → ${dir('options')}`);
  }
  console.log(`No display: screenshots of the panel are in ${panelShots}, the store's (1280×800) in ${storeShots}`);
}

/** What a new user meets before anything is set up: the first run, and the panel saying what is missing. */
async function firstRunScreenshots(demo: DemoSession, fixtures: Fixture[]): Promise<void> {
  if (!demo.openOptions) return;
  const jane = fixtures.find((fixture) => fixture.file === 'profile-logged-in.html')!;
  demo.pages.set(jane.url, dressed(jane, 'light'));
  await (await demo.openProfile(jane.url)).screenshot(join(dir('panel'), 'new-user-light.png'));
  for (const theme of THEMES) await (await demo.openOptions('#start', STORE_SIZE, theme)).screenshot(join(dir('options'), `first-run-${theme}.png`));
}

/** The team's loop: the rep has the profile open, the marketer flags it, the rep's panel shows it. */
async function teamLoop(team: TeamDemo, fixtures: Fixture[]): Promise<void> {
  const jane = fixtures.find((fixture) => fixture.file === TEAM_PROFILE)!;
  team.serve(jane.url, dressed(jane, 'light'));
  console.log(`Warmline Team on ${team.serverUrl}: ${MARKETER} (marketer) and ${REP} (rep) joined "${TEAM}".`);
  await team.repOpens(jane.url);
  const popup = await team.flag(jane.url, POPUP_SIZE);
  const rep = await team.repSees();
  console.log(`  ${MARKETER} flagged ${jane.url}; ${REP}'s open panel shows it.`);
  if (!headless) return;
  await popup.screenshot(join(dir('team'), 'marketer-popup-saved.png'));
  await rep.screenshot(join(dir('team'), 'rep-panel-marketer-flag.png'));
  console.log(`  the marketer's popup and the rep's panel → ${dir('team')}`);
}

/** Everything the demo starts, closed on Ctrl-C (or SIGTERM) before the process ends (closing twice is harmless). */
const started: Array<{ close(): Promise<void> }> = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`${signal}: stopping the demo.`);
    void Promise.allSettled(started.map((open) => open.close())).then(() => process.exit(130));
  });
}

async function main() {
  build();
  const demo: DemoSession = await (firefox ? firefoxDemo : chromiumDemo)(headless);
  started.push(demo);
  if (headless) await firstRunScreenshots(demo, loadFixtures());
  await demo.prepare('Demo Rep');
  console.log(`Demo pack loaded (${firefox ? 'Firefox' : 'Chromium'}).`);

  const fixtures = loadFixtures();
  if (headless) {
    await screenshots(demo, fixtures);
    await demo.close();
    if (firefox) return;
    const team = await teamDemo(true);
    started.push(team);
    try {
      await teamLoop(team, fixtures);
    } finally {
      await team.close();
    }
    return;
  }
  for (const fixture of fixtures.filter((f) => PROFILES.includes(f.file))) {
    demo.pages.set(fixture.url, dressed(fixture, 'light'));
    await demo.openProfile(fixture.url);
    console.log(`  opened ${fixture.url}`);
  }
  const team = firefox ? undefined : await teamDemo(false);
  if (team) {
    started.push(team);
    await teamLoop(team, fixtures);
  }
  console.log('Warmline demo is running. Close a browser window (or press Ctrl-C) to stop.');
  await Promise.race([demo.closed(), ...(team ? [team.closed()] : [])]);
  await Promise.all([demo.close(), team?.close()]);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await Promise.allSettled(started.map((open) => open.close()));
  process.exit(1);
});
