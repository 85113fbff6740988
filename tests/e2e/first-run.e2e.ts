/**
 * A new user (issue 17, point 3): an empty panel says what is missing and links to it, never
 * blaming the prospect; the options page opens on a first run (name and role, the team's library
 * or the demo, then a profile) that ends in a filled panel; the Role decides what the page leads
 * with; the tabs join the browser's history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';

const JANE = fixture('profile-logged-in.html').url;

describe('a new user’s first run', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('leads from an empty panel and an empty options page to a filled panel', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    const empty = panel.getByTestId('wl-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Warmline has nothing to show yet: your library and your team\'s relationships are empty.');
    expect(await empty.textContent()).not.toMatch(/Jane|fits/);
    expect(await empty.getByTestId('wl-link-start').getAttribute('href')).toBe('options.html#start');
    // A short panel takes only the room it needs.
    const content = await panel.locator('main').evaluate((main) => Math.ceil(main.getBoundingClientRect().height));
    await expect.poll(async () => Math.round((await page.locator('warmline-panel').boundingBox())!.height)).toBe(content);

    // The options page, opened without a tab, starts with the first run.
    const options = await h.extensionPage('options.html');
    await options.getByTestId('wl-start').waitFor();
    expect(new URL(options.url()).hash).toBe('#start');
    expect(await options.locator('nav a').first().textContent()).toBe('Get started');
    const step = (n: number) => options.getByTestId(`wl-start-step-${n}`);
    expect(await step(1).getAttribute('data-done')).toBe('false');

    await options.getByTestId('wl-start-save').click();
    await options.getByText('Enter your name: it signs your messages').waitFor();
    await options.getByTestId('wl-start-name').fill('Robin Rep');
    await options.getByTestId('wl-start-role-rep').check();
    await options.getByTestId('wl-start-save').click();
    await expect.poll(() => step(1).getAttribute('data-done')).toBe('true');
    expect(await step(1).textContent()).toContain('You are Robin Rep, in sales.');

    expect(await step(2).getAttribute('data-done')).toBe('false');
    // The team's own server is one of the ways in (issue 12): it leads to the Team tab.
    expect(await step(2).getByRole('link', { name: 'Join your team' }).getAttribute('href')).toBe('#team');
    await step(2).getByTestId('wl-load-demo').click();
    await expect.poll(() => step(2).getAttribute('data-done')).toBe('true');
    expect(await options.getByTestId('wl-start-library').textContent()).toContain('Warmline has 5 approved items and 3 relationships.');
    expect(await step(3).getByTestId('wl-start-linkedin').getAttribute('href')).toBe('https://www.linkedin.com/feed/');

    // Back on the profile: the open panel fills without a reload.
    await panel.getByTestId('wl-intro').first().waitFor();
    await panel.getByTestId('wl-suggestion').first().waitFor();
    expect(await panel.getByTestId('wl-empty').count()).toBe(0);
    await options.close();
    await page.close();
  });

  it('leads a rep with what a rep needs, and a marketer with the library editor', async () => {
    const options = await h.extensionPage('options.html#settings');
    const tabs = () => options.locator('nav a').allTextContents();
    expect(await tabs()).toEqual(['Get started', 'Team', 'Packs', 'Insights', 'Settings', 'Library']);
    await options.locator('nav a[href="#library"]').click();
    await options.getByTestId('wl-lib-rep-note').waitFor();

    await options.locator('nav a[href="#settings"]').click();
    await options.getByTestId('wl-settings-role').selectOption('marketer');
    await options.getByTestId('wl-settings-save').click();
    await options.getByText('Settings saved.').waitFor();
    await expect.poll(tabs).toEqual(['Library', 'Packs', 'Insights', 'Team', 'Settings', 'Get started']);
    await options.close();

    const fresh = await h.extensionPage('options.html');
    await fresh.getByTestId('wl-lib').waitFor();
    expect(new URL(fresh.url()).hash).toBe('#library');
    // The page picked its tab once the settings were read: the role is known by now.
    expect(await fresh.getByTestId('wl-lib-rep-note').count()).toBe(0);
    await fresh.close();
  });

  it('puts each tab in the browser’s history, so Back goes to the tab before', async () => {
    const options = await h.extensionPage('options.html#library');
    await options.getByTestId('wl-lib').waitFor();
    await options.locator('nav a[href="#packs"]').click();
    await options.getByTestId('wl-import-file').waitFor();
    await options.locator('nav a[href="#insights"]').click();
    await options.getByTestId('wl-insights').waitFor();

    await options.goBack();
    await options.getByTestId('wl-import-file').waitFor();
    expect(new URL(options.url()).hash).toBe('#packs');
    expect(await options.locator('nav a[href="#packs"]').getAttribute('aria-current')).toBe('page');
    await options.goBack();
    await options.getByTestId('wl-lib').waitFor();
    await options.goForward();
    await options.getByTestId('wl-import-file').waitFor();
    await options.close();
  });
});
