import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickSeen } from '../support/guarded-click';
import { clickIntoMessage, MESSAGE_BOX } from '../support/message-overlay';
import { launch, type Harness } from '../support/harness';
import { fixture, DEMO_PACK } from '../support/fixtures';


// The name each fixture's top card shows (tests/fixtures/README.md).
const NAMES: Array<[string, string]> = [
  ['profile-logged-in.html', 'Jane Doe'],
  ['profile-public.html', 'Marcus Lee'],
  ['profile-hashed-classes.html', 'Samuel Okafor'],
  ['profile-no-company.html', 'Alex Morgan'],
  ['profile-non-latin.html', '王小明'],
  ['profile-rtl.html', 'ليلى حسن'],
  ['profile-spanish.html', 'Lucía Fernández Ruiz'],
  ['profile-emoji-credentials.html', 'Priya Raman'],
  ['profile-stale-head.html', 'Elena Petrova'],
  ['company.html', 'Northwind Traders'],
  ['company-hashed.html', 'Contoso Ltd'],
];

describe('the rep\'s panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(NAMES)('reads %s and shows %s', async (file, name) => {
    const page = await h.open(fixture(file).url);
    const panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).toBe(name);
    expect(await page.locator('warmline-panel').count()).toBe(1);
    await page.close();
  });

  it('updates live when the library arrives, then badges, fills, searches and inserts', async () => {
    const page = await h.open(fixture('profile-logged-in.html').url);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-empty').waitFor();
    expect(await h.badgeText(page)).toBe('');

    const options = await h.extensionPage('options.html#settings');
    await options.getByTestId('wl-settings-name').fill('Robin Rep');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Settings saved.').waitFor();
    await options.close();
    (await h.importFile('demo.json', DEMO_PACK)).close();

    // No reload: the open panel hears about the import.
    const intro = panel.getByTestId('wl-intro');
    await intro.first().waitFor();
    expect(await intro.count()).toBe(1);
    expect(await intro.first().textContent()).toContain('Priya Shah');
    await expect.poll(() => h.badgeText(page)).toBe('1');

    const opener = panel.locator('[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]');
    // The sender's name arrives with the settings change, independently of the library.
    await expect.poll(() => opener.textContent()).toContain('Best,\nRobin');
    expect(await opener.textContent()).toContain("Title: VP of Marketing matches 'marketing'");

    await panel.getByTestId('wl-search').fill('budget');
    await panel.locator('[data-testid="wl-search-result"][data-content-id="demo-objection-budget"]').waitFor();

    await page.evaluate(() => {
      document.querySelector('.msg-form__send-button')?.addEventListener('click', () => {
        document.body.dataset.sent = 'yes';
      });
    });
    // The rep is in the message to Jane, then presses Insert: the text goes into that box.
    await clickIntoMessage(page);
    const box = page.locator(MESSAGE_BOX);
    await clickSeen(opener.getByTestId('wl-insert'));
    await panel.getByText('Inserted into the message box').waitFor();
    await expect.poll(() => box.textContent()).toContain('Hi Jane, I saw you lead marketing at Acme Robotics');
    expect(await page.evaluate(() => document.body.dataset.sent)).toBeUndefined();
    await page.close();
  });

  it('counts company and likely matches on the badge and says which kind each is', async () => {
    const page = await h.open(fixture('profile-public.html').url);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').nth(1).waitFor();
    const kinds = await panel.getByTestId('wl-intro').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-match')));
    // The company contact who will introduce is the best path; the likely match has not offered.
    expect(kinds).toEqual(['company', 'likely']);
    await expect.poll(() => h.badgeText(page)).toBe('2');
    await page.close();
  });

  it('marks a value it does not know instead of leaving a blank', async () => {
    const page = await h.open(fixture('profile-no-company.html').url);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-search').fill('ROI');
    const card = panel.locator('[data-testid="wl-search-result"][data-content-id="demo-msg-finance"]');
    await card.waitFor();
    expect(await card.locator('mark.gap').first().textContent()).toBe('[company?]');
    await page.close();
  });

  it('remembers being collapsed and follows LinkedIn\'s dark theme', async () => {
    const jane = fixture('profile-logged-in.html');
    const darkUrl = 'https://www.linkedin.com/in/dark-jane/';
    h.pages.set(darkUrl, jane.html.replace('<html lang="en">', '<html lang="en" class="theme--dark">'));
    const page = await h.open(darkUrl);
    let panel = await h.panelFrame(page);
    await expect.poll(() => panel.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await panel.getByRole('button', { name: 'Collapse Warmline' }).click();
    await panel.getByRole('button', { name: 'Expand Warmline' }).waitFor();
    await page.reload();
    panel = await h.panelFrame(page);
    await panel.getByRole('button', { name: 'Expand Warmline' }).waitFor();
    expect(await panel.getByTestId('wl-search').count()).toBe(0);
    await panel.getByRole('button', { name: 'Expand Warmline' }).press('Enter');
    await panel.getByTestId('wl-search').waitFor();
    await page.close();
  });

  it('shows newly approved items once, at the top, until the rep has seen them', async () => {
    const page = await h.open(fixture('profile-logged-in.html').url);
    let panel = await h.panelFrame(page);
    const news = panel.getByTestId('wl-lib-new-for-you');
    await news.getByText('5 approved items from marketing').click();
    expect(await news.getByTestId('wl-lib-new-item').count()).toBe(5);
    await news.getByTestId('wl-lib-got-it-all').click();
    await news.waitFor({ state: 'detached' });
    await page.reload();
    panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').first().waitFor();
    expect(await panel.getByTestId('wl-lib-new-for-you').count()).toBe(0);
    await page.close();
  });
});
