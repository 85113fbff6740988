/**
 * `npm run demo`: the built extension in Chromium on bundled demo profiles with the demo pack
 * loaded. With a display it opens a window; without one it runs headless and saves screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from '../tests/support/harness';
import { loadFixtures } from '../tests/support/fixtures';

const SHOTS = resolve(import.meta.dirname, '..', 'demo-screenshots');
const PROFILES = ['profile-logged-in.html', 'profile-public.html', 'company.html'];
const LOOK = readFileSync(resolve(import.meta.dirname, 'demo', 'linkedin-look.css'), 'utf8');

async function main() {
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const h = await launch({ headless });

  const options = await h.extensionPage('options.html#settings');
  await options.getByTestId('wl-settings-name').fill('Demo Rep');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Settings saved.').waitFor();
  await options.getByRole('link', { name: 'Packs' }).click();
  await options.getByTestId('wl-load-demo').click();
  await options.getByText('Demo pack loaded').waitFor();
  console.log('Demo pack loaded.');

  const fixtures = loadFixtures().filter((fixture) => PROFILES.includes(fixture.file));
  // The demo pages wear a little of LinkedIn's look; the tests use the bare fixtures.
  for (const fixture of fixtures) h.pages.set(fixture.url, fixture.html.replace('</head>', `<style>${LOOK}</style></head>`));
  if (headless) mkdirSync(SHOTS, { recursive: true });
  for (const fixture of fixtures) {
    const page = await h.open(fixture.url);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-profile-name').filter({ hasText: /\S/ }).waitFor();
    await panel.locator('[data-testid="wl-intro"], [data-testid="wl-suggestion"], [data-testid="wl-empty"]').first().waitFor();
    if (headless) {
      const file = resolve(SHOTS, fixture.file.replace('.html', '.png'));
      await page.screenshot({ path: file });
      console.log(`  ${fixture.url} → ${file}`);
    } else {
      console.log(`  opened ${fixture.url}`);
    }
  }
  if (headless) {
    console.log(`No display: screenshots of the panel are in ${SHOTS}`);
    await h.close();
    return;
  }
  await options.close();
  console.log('Warmline demo is running. Close the browser window to stop.');
  await new Promise<void>((done) => h.context.on('close', () => done()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
