/**
 * `npm run demo` (Chromium) and `npm run demo -- --firefox` (Firefox ESR): builds the extension,
 * opens it on bundled demo profiles with the demo pack loaded. With a display it opens a window;
 * without one (or with `--headless`) it runs headless and saves screenshots: the panel on each
 * profile in demo-screenshots/ (demo-screenshots/firefox/ for Firefox), and the store listing's
 * screenshots at 1280×800 in demo-screenshots/store/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadFixtures } from '../tests/support/fixtures';
import { chromiumDemo } from './demo/chromium';
import { firefoxDemo } from './demo/firefox';
import type { DemoSession, Size } from './demo/session';

const ROOT = resolve(import.meta.dirname, '..');
const SHOTS = join(ROOT, 'demo-screenshots');
const PROFILES = ['profile-logged-in.html', 'profile-public.html', 'company.html'];
const LOOK = readFileSync(join(ROOT, 'scripts', 'demo', 'linkedin-look.css'), 'utf8');
/** The Chrome Web Store's screenshot size (addons.mozilla.org takes it too). */
const STORE_SIZE: Size = { width: 1280, height: 800 };
/** The store screenshots, in listing order: which fixture, and the file's name. */
const STORE_SHOTS: Array<[string, string]> = [
  ['profile-logged-in.html', '1-warm-intro-and-approved-message'],
  ['profile-public.html', '2-likely-and-company-intros'],
  ['company.html', '3-company-page'],
];

const firefox = process.argv.includes('--firefox');
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const browserName = firefox ? 'firefox' : 'chrome';

function build(): void {
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  run('bash', ['scripts/ensure-system-packages.sh', firefox ? 'firefox-esr' : 'chromium']);
  run(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', ...(firefox ? ['-b', 'firefox'] : [])]);
}

async function main() {
  build();
  const demo: DemoSession = await (firefox ? firefoxDemo : chromiumDemo)(headless);
  await demo.prepare('Demo Rep');
  console.log(`Demo pack loaded (${firefox ? 'Firefox' : 'Chromium'}).`);

  const fixtures = loadFixtures().filter((fixture) => PROFILES.includes(fixture.file));
  // The demo pages wear a little of LinkedIn's look; the tests use the bare fixtures.
  for (const fixture of fixtures) demo.pages.set(fixture.url, fixture.html.replace('</head>', `<style>${LOOK}</style></head>`));
  const panelShots = firefox ? join(SHOTS, 'firefox') : SHOTS;
  const storeShots = join(SHOTS, 'store');
  if (headless) for (const dir of [panelShots, storeShots]) mkdirSync(dir, { recursive: true });

  for (const fixture of fixtures) {
    const tab = await demo.openProfile(fixture.url);
    if (!headless) {
      console.log(`  opened ${fixture.url}`);
      continue;
    }
    const file = join(panelShots, fixture.file.replace('.html', '.png'));
    await tab.screenshot(file);
    console.log(`  ${fixture.url} → ${file}`);
    const store = STORE_SHOTS.find(([name]) => name === fixture.file);
    if (store) await tab.screenshot(join(storeShots, `${browserName}-${store[1]}.png`), STORE_SIZE);
  }
  if (headless) {
    await (await demo.openLibrary(STORE_SIZE)).screenshot(join(storeShots, `${browserName}-4-library.png`));
    console.log(`No display: screenshots of the panel are in ${panelShots}, the store's (1280×800) in ${storeShots}`);
    await demo.close();
    return;
  }
  console.log('Warmline demo is running. Close the browser window to stop.');
  await demo.closed();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
