import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, navigateInApp, type Harness } from '../support/harness';
import { fixture, DEMO_PACK } from '../support/fixtures';


describe('the extension in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    ['profile-logged-in.html', 'Jane Doe'],
    ['profile-public.html', 'Marcus Lee'],
    ['company.html', 'Northwind Traders'],
  ])('shows the name read from %s in the panel', async (file, name) => {
    const page = await h.open(fixture(file).url);
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).toBe(name);
    expect(await page.locator('warmline-panel').count()).toBe(1);
    await page.close();
  });

  it('shows no panel on the feed', async () => {
    const page = await h.open(fixture('feed.html').url);
    await page.waitForLoadState('load');
    // The content script runs on the feed too (in-app navigation); prove it is alive, then check.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.locator('warmline-panel').count()).toBe(0);
    expect(page.frames().some((frame) => frame.url().includes('panel.html'))).toBe(false);
    await page.close();
  });

  it('refuses a broken pack whole, naming where each error is, and stores nothing', async () => {
    const broken = JSON.parse(DEMO_PACK);
    broken.content[0].status = 'published';
    broken.content[1].body = 'Hi {{nickname}}';
    broken.relationships[2].strength = 9;
    const options = await h.importFile('broken.json', JSON.stringify(broken));
    const result = options.getByTestId('wl-import-result');
    await expect.poll(() => result.textContent()).toContain('was not imported');
    const text = (await result.textContent()) ?? '';
    // Each problem named by the item's title or the person, in plain words.
    expect(text).toContain('Library item 1, “Opener for marketing leaders”: the status must be one of: draft, approved, retired.');
    expect(text).toContain('the body uses {{nickname}}, which is not a token Warmline fills in.');
    expect(text).toContain('Relationship 3, Northwind Traders: strength must be a whole number from 1 to 5.');
    await options.close();

    const page = await h.open(fixture('profile-logged-in.html').url);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-empty').waitFor();
    expect(await panel.getByTestId('wl-intro').count()).toBe(0);
    await page.close();
  });

  it('imports a good pack and the panel shows its intros and personalised messaging', async () => {
    const options = await h.importFile('demo.json', DEMO_PACK);
    const result = options.getByTestId('wl-import-result');
    await expect.poll(() => result.textContent()).toContain('imported');
    expect(await result.textContent()).toMatch(/Added\s*9/);
    await options.close();

    const page = await h.open(fixture('profile-logged-in.html').url);
    const panel = await h.panelFrame(page);
    const intro = panel.getByTestId('wl-intro').first();
    await intro.waitFor();
    expect(await intro.getAttribute('data-match')).toBe('exact');
    expect(await intro.textContent()).toContain('Priya Shah');
    const opener = panel.locator('[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]');
    await opener.waitFor();
    expect(await opener.textContent()).toContain('Hi Jane, I saw you lead marketing at Acme Robotics');
    // Drafts never reach reps.
    expect(await panel.locator('[data-content-id="demo-draft-holiday"]').count()).toBe(0);
    // Nothing of the library or the relationship reaches LinkedIn's page.
    const html = await page.content();
    expect(html).not.toContain('Priya Shah');
    expect(html).not.toContain('chrome-extension://');
    await page.close();
  });

  it('follows in-app navigation with exactly one panel', async () => {
    const page = await h.open(fixture('profile-logged-in.html').url);
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).toBe('Jane Doe');

    const next = fixture('profile-public.html');
    await navigateInApp(page, next);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).toBe('Marcus Lee');
    expect(await page.locator('warmline-panel').count()).toBe(1);

    await page.evaluate(() => history.pushState({}, '', '/feed/'));
    await expect.poll(() => page.locator('warmline-panel').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.locator('warmline-panel').count()).toBe(1);
    await page.close();
  });
});
