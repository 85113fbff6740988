/**
 * An administrator sets where the panel shows for the whole team (issue 18), through Chromium's
 * real managed policy (tests/support/chromium-policy.ts): the setting shows as set by the
 * administrator and cannot be changed, it applies at once, and lifting it gives the rep their own
 * choice back, live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyBuild, POLICY_RELOAD_MS, type PolicyBuild } from '../support/chromium-policy';
import { fixture } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';
import { openSidePanel } from '../support/side-panel';

const JANE = fixture('profile-logged-in.html');

declare const chrome: { action: { getPopup(details: object): Promise<string> } };

describe('the managed policy sets and locks where the panel shows', () => {
  let build: PolicyBuild;
  let h: Harness;
  beforeAll(async () => {
    build = policyBuild();
    build.setPolicy({ panelMode: 'side-panel' });
    h = await launch({ extensionDir: build.dir });
  });
  afterAll(async () => {
    await h?.close();
    build?.remove();
  });

  it('shows the side panel for everyone, as set by the administrator, until the policy is lifted', { timeout: 90_000 }, async () => {
    expect(h.extensionId).toBe(build.id);
    const options = await h.extensionPage('options.html#settings');
    const select = options.getByTestId('wl-panel-mode');
    await expect.poll(() => options.getByTestId('wl-panel-mode-managed').textContent()).toBe('Set by your administrator.');
    expect(await select.inputValue()).toBe('side-panel');
    expect(await select.isDisabled()).toBe(true);

    // It applies: nothing in LinkedIn's page, the profile in the side panel, the toolbar opens it.
    const page = await h.open(JANE.url);
    const side = await openSidePanel(h, page);
    await expect.poll(() => side.getByTestId('wl-profile-name').textContent()).toBe('Jane Doe');
    expect(await page.locator('warmline-panel').count()).toBe(0);
    expect(await h.worker.evaluate(() => chrome.action.getPopup({}))).toBe('');

    // Lifted while the browser runs: the rep's own choice (never made: the page) is back, live.
    build.setPolicy(null);
    await expect.poll(() => options.getByTestId('wl-panel-mode-managed').count(), { timeout: POLICY_RELOAD_MS }).toBe(0);
    expect(await select.isDisabled()).toBe(false);
    expect(await select.inputValue()).toBe('page');
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).toBe('Jane Doe');
    await Promise.all([page.close(), side.close(), options.close()]);
  });
});
