/**
 * The panel's first paint already shows the prospect's intros and suggestions: the background
 * prepared them while the page loaded, so the rep never sees a "Loading…" panel on a profile
 * whose data is stored. (If the prepared view went missing, the panel would read for itself
 * and flash "Loading…" first; that is what this catches.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { launch, navigateInApp, type Harness } from '../support/harness';

/** Runs in every frame; in the panel it notes each state it rendered: whose, and what it showed. */
function recordPanelStates() {
  if (!location.pathname.endsWith('/panel.html')) return;
  const states: string[] = [];
  (window as unknown as { panelStates: string[] }).panelStates = states;
  new MutationObserver(() => {
    const panel = document.querySelector('[data-testid="wl-panel"]');
    if (!panel) return;
    const name = panel.querySelector('[data-testid="wl-profile-name"]')?.textContent ?? '';
    const shows = panel.querySelector('[data-testid="wl-intro"], [data-testid="wl-suggestion"], [data-testid="wl-empty"]')
      ? 'shown'
      : /Loading|Reading this profile/.test(panel.textContent ?? '')
        ? 'waiting'
        : 'blank';
    const state = `${name}: ${shows}`;
    if (states.at(-1) !== state) states.push(state);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

const statesOf = (frame: { evaluate<T>(fn: () => T): Promise<T> }) =>
  frame.evaluate(() => (window as unknown as { panelStates: string[] }).panelStates);

describe('the panel’s first paint', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await (await h.importFile('demo.json', DEMO_PACK)).close();
    await h.context.addInitScript(recordPanelStates);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows intros and suggestions in its first render, on a full load and after in-app navigation', async () => {
    const page = await h.open(fixture('profile-logged-in.html').url);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').first().waitFor();
    expect(await statesOf(panel)).toEqual(['Jane Doe: shown']);

    const next = fixture('profile-public.html');
    await navigateInApp(page, next);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).toBe('Marcus Lee');
    // The next prospect's name and data arrive together: no empty or loading panel in between.
    expect(await statesOf(panel)).toEqual(['Jane Doe: shown', 'Marcus Lee: shown']);
    await page.close();
  });
});
